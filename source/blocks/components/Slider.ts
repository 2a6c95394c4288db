import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {splitArgs} from '../component-args.js';

export interface SliderProps extends ComponentProps {
  value?: ValueOrFactory<number>;
  /** Default 0. */
  minimum?: number;
  /** Default 100. */
  maximum?: number;
  /** Default 1. ←/→ move one step, PgUp/PgDn a tenth of the range. */
  step?: number;
}

/** A number picked from a range. Values are kept inside the range and on a step. */
export class Slider extends Component<number, SliderProps> {
  readonly type = 'slider';
  readonly events = ['change', 'input', 'release'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly release = this.listener('release');

  constructor(arg?: SliderProps) {
    const {value, props} = splitArgs<number, SliderProps>(arg, (a): a is number => typeof a === 'number');
    const merged = {minimum: 0, maximum: 100, step: 1, ...props};
    super(value ?? merged.minimum, merged);
  }

  override postprocess(value: unknown, props: SliderProps): number {
    const min = props.minimum ?? 0;
    const max = props.maximum ?? 100;
    const step = props.step ?? 1;
    const number = Number(value);
    if (!Number.isFinite(number)) return min;
    const stepped = min + Math.round((number - min) / step) * step;
    // Rounding to the step's own decimals keeps 0.1 steps from drifting to 0.30000000000000004.
    const decimals = (String(step).split('.')[1] ?? '').length;
    return Number(Math.min(max, Math.max(min, stepped)).toFixed(decimals));
  }
}
