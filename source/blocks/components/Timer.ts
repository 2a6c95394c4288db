import {Component, type ComponentProps} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface TimerProps extends ComponentProps {
  /** Whether it ticks; `gr.update({active})` starts and stops it per session. Default true. */
  active?: boolean;
  /** Seconds between ticks. */
  value?: number;
}

/** `gr.Timer(value?, options?)`, as Gradio's positional parameters; `gr.Timer({active: false})` is options, as in Gradio. */
export type TimerArgs =
  | [options?: TimerProps, ...none: never[]]
  | [value?: number, options?: Omit<TimerProps, 'value'>, ...none: never[]];

/**
 * Fires `tick` every `value` seconds, separately in each session, from the moment
 * the session starts until it closes. Never shown. As Gradio's `gr.Timer`.
 */
export class Timer extends Component<number, TimerProps> {
  readonly type = 'timer';
  readonly events = ['tick'] as const;
  readonly tick = this.listener('tick');
  override readonly hidden = true;

  constructor(...args: TimerArgs) {
    // Through componentArgs, so a handler may also return `gr.Timer({active: false})` as an update.
    const {value, props} = takeValue(componentArgs<TimerProps>('Timer', args, [param.numberValue()]));
    super(typeof value === 'number' ? value : 1, {active: true, ...props});
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override postprocess(value: unknown): number {
    const seconds = Number(value);
    // A tick faster than 10 ms would starve every other session of the process.
    return Number.isFinite(seconds) && seconds > 0 ? Math.max(0.01, seconds) : 1;
  }
}
