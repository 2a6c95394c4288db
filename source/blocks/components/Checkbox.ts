import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface CheckboxProps extends ComponentProps {
  value?: ValueOrFactory<boolean>;
}

/** `gr.Checkbox(value?, options?)`, as Gradio's positional parameters. */
export type CheckboxArgs =
  | [options?: CheckboxProps, ...none: never[]]
  | [value?: ValueOrFactory<boolean>, options?: Omit<CheckboxProps, 'value'>, ...none: never[]];

/** A yes/no box, toggled with Space. The handler receives a boolean. */
export class Checkbox extends Component<boolean, CheckboxProps> {
  readonly type = 'checkbox';
  readonly events = ['change', 'input', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');

  constructor(...args: CheckboxArgs) {
    const {value, props} = takeValue(componentArgs<CheckboxProps>('Checkbox', args, [param.booleanValue()]));
    super(value ?? false, props);
  }

  override postprocess(value: unknown): boolean {
    return Boolean(value);
  }
}
