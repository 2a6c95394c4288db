import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';
import {pythonRound, snapToStep} from '../decimal-rounding.js';
import {BuildError} from '../errors.js';

export interface SliderProps extends ComponentProps {
  /** Not given (or `null`): the minimum. */
  value?: ValueOrFactory<number | null>;
  /** Default 0. */
  minimum?: number;
  /** Default 100. */
  maximum?: number;
  /**
   * Default: Gradio's, a power of ten about a hundredth of the range
   * (`10 ** floor(log10(maximum - minimum) - 2)`: 1 for 0–100, 0.1 for 0–20).
   * ←/→ move one step, PgUp/PgDn a tenth of the range.
   */
  step?: number;
  /** Decimals the value is rounded to (Python's `round`); 0 makes it an integer. Default: none. */
  precision?: number;
}

/** `gr.Slider(minimum?, maximum?, value?, options?)`, as Gradio's positional parameters. */
export type SliderArgs =
  | [options?: SliderProps, ...none: never[]]
  | [
      minimum?: number,
      maximum?: number,
      value?: ValueOrFactory<number | null>,
      options?: Omit<SliderProps, 'minimum' | 'maximum' | 'value'>,
      ...none: never[],
    ];

/**
 * A number picked from a range. A value is snapped to the nearest step from the
 * minimum (halfway goes up, as a browser's range input) and kept inside the range.
 */
export class Slider extends Component<number, SliderProps> {
  readonly type = 'slider';
  readonly events = ['change', 'input', 'release'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly release = this.listener('release');

  constructor(...args: SliderArgs) {
    const {value, props} = takeValue(
      componentArgs<SliderProps>('Slider', args, [param.number('minimum'), param.number('maximum'), param.numberValue()], {
        step: param.number('step'),
        precision: param.number('precision'),
      }),
    );
    const minimum = props.minimum ?? 0;
    const maximum = props.maximum ?? 100;
    if (!(minimum < maximum)) {
      throw new BuildError(`gr.Slider: minimum (${minimum}) must be less than maximum (${maximum}), as in Gradio`);
    }
    if (props.step !== undefined && !(props.step > 0))
      throw new BuildError(`gr.Slider: step must be a positive number, got ${props.step}`);
    const step = props.step ?? defaultStep(minimum, maximum);
    super((value ?? minimum) as ValueOrFactory<number>, {...props, minimum, maximum, step});
  }

  override postprocess(value: unknown, props: SliderProps): number {
    const min = props.minimum ?? 0;
    const max = props.maximum ?? 100;
    const step = props.step ?? defaultStep(min, max);
    const number = value === null || value === undefined ? min : Number(value);
    if (!Number.isFinite(number)) return min;
    const inRange = Math.min(max, Math.max(min, snapToStep(number, min, step)));
    return props.precision === undefined ? inRange : pythonRound(inRange, props.precision) + 0;
  }
}

/** Gradio's default step: `10 ** floor(log10(maximum - minimum) - 2)`. */
export function defaultStep(minimum: number, maximum: number): number {
  // Parsed rather than `10 ** power`, which gives 0.00009999999999999999 for 10 ** -4 where Python gives 0.0001.
  return Number(`1e${Math.floor(Math.log10(maximum - minimum) - 2)}`);
}
