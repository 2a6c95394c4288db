import {Component, type ComponentProps} from '../Component.js';

export interface TimerProps extends ComponentProps {
  /** Whether it ticks; `gr.update({active})` starts and stops it per session. Default true. */
  active?: boolean;
}

/**
 * Fires `tick` every `value` seconds, separately in each session, from the moment
 * the session starts until it closes. Never shown. As Gradio's `gr.Timer`.
 */
export class Timer extends Component<number, TimerProps> {
  readonly type = 'timer';
  readonly events = ['tick'] as const;
  readonly tick = this.listener('tick');
  override readonly hidden = true;

  constructor(value = 1, props: TimerProps = {}) {
    super(value, {active: true, ...props});
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
