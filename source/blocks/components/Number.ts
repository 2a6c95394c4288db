import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {splitArgs} from '../component-args.js';
import {TermblocksError} from '../errors.js';

export interface NumberProps extends ComponentProps {
  value?: ValueOrFactory<number | null>;
  minimum?: number;
  maximum?: number;
  /** How much ↑/↓ change the value. Default 1. */
  step?: number;
  /** Decimal places kept; 0 makes the value an integer. Default: as entered. */
  precision?: number;
}

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

  constructor(arg?: NumberProps | number) {
    const {value, props} = splitArgs<number | null, NumberProps>(arg, (a): a is number => typeof a === 'number');
    super(value ?? null, {step: 1, ...props});
  }

  override postprocess(value: unknown, props: NumberProps): number | null {
    if (value === null || value === undefined || value === '') return null;
    const number = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isFinite(number)) throw new TermblocksError(`${this.describe()}: "${String(value)}" is not a number`);
    if (props.precision === undefined) return number;
    const factor = 10 ** props.precision;
    return Math.round(number * factor) / factor;
  }

  override preprocess(value: number | null, props: NumberProps): number | null {
    if (value === null) return null;
    if (props.minimum !== undefined && value < props.minimum) {
      throw new TermblocksError(`Value ${value} is less than minimum value ${props.minimum}.`);
    }
    if (props.maximum !== undefined && value > props.maximum) {
      throw new TermblocksError(`Value ${value} is greater than maximum value ${props.maximum}.`);
    }
    return value;
  }
}
