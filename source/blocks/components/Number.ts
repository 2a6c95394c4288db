import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';
import {pythonRound} from '../decimal-rounding.js';
import {TermblocksError} from '../errors.js';

export interface NumberProps extends ComponentProps {
  value?: ValueOrFactory<number | null>;
  minimum?: number;
  maximum?: number;
  /** How much ↑/↓ change the value. Default 1. */
  step?: number;
  /** Decimal places kept, rounded as Python's `round` (halves to even); 0 makes the value an integer. Default: as entered. */
  precision?: number;
}

/** `gr.Number(value?, options?)`, as Gradio's positional parameters. */
export type NumberArgs =
  | [options?: NumberProps, ...none: never[]]
  | [value?: ValueOrFactory<number | null>, options?: Omit<NumberProps, 'value'>, ...none: never[]];

/**
 * A numeric field. Empty is `null`. The handler receives the number; a value
 * outside `minimum`/`maximum` fails the event with Gradio's message.
 */
export class NumberBox extends Component<number | null, NumberProps> {
  static readonly displayName = 'Number';
  readonly type = 'number';
  readonly events = ['change', 'input', 'submit', 'focus', 'blur'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly submit = this.listener('submit');
  readonly focus = this.listener('focus');
  readonly blur = this.listener('blur');

  constructor(...args: NumberArgs) {
    const {value, props} = takeValue(
      componentArgs<NumberProps>('Number', args, [param.numberValue()], {
        minimum: param.number('minimum'),
        maximum: param.number('maximum'),
        step: param.number('step'),
        precision: param.number('precision'),
      }),
    );
    super(value ?? null, {step: 1, ...props});
  }

  override postprocess(value: unknown, props: NumberProps): number | null {
    if (value === null || value === undefined || value === '') return null;
    const number = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isFinite(number)) throw new TermblocksError(`${this.describe()}: "${String(value)}" is not a number`);
    // A value out of range is kept as typed, so the event it feeds is refused with it, as
    // Gradio checks the bounds before rounding (5.4 with a maximum of 5 is refused, not 5).
    if (outOfRange(number, props)) return number;
    return round(number, props.precision);
  }

  override preprocess(value: number | null, props: NumberProps): number | null {
    if (value === null) return null;
    if (props.minimum !== undefined && value < props.minimum) {
      throw new TermblocksError(`Value ${value} is less than minimum value ${props.minimum}.`);
    }
    if (props.maximum !== undefined && value > props.maximum) {
      throw new TermblocksError(`Value ${value} is greater than maximum value ${props.maximum}.`);
    }
    return round(value, props.precision);
  }
}

function outOfRange(value: number, props: NumberProps): boolean {
  return (props.minimum !== undefined && value < props.minimum) || (props.maximum !== undefined && value > props.maximum);
}

/** Gradio's `round_to_precision`: Python's `round`, halves to even; `+ 0` turns -0 into 0. */
function round(value: number, precision: number | undefined): number {
  return precision === undefined ? value : pythonRound(value, precision) + 0;
}
