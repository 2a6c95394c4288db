import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {splitArgs} from '../component-args.js';

export interface CheckboxProps extends ComponentProps {
  value?: ValueOrFactory<boolean>;
}

/** A yes/no box, toggled with Space. The handler receives a boolean. */
export class Checkbox extends Component<boolean, CheckboxProps> {
  readonly type = 'checkbox';
  readonly events = ['change', 'input', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');

  constructor(arg?: CheckboxProps | boolean) {
    const {value, props} = splitArgs<boolean, CheckboxProps>(arg, (a): a is boolean => typeof a === 'boolean');
    super(value ?? false, props);
  }

  override postprocess(value: unknown): boolean {
    return Boolean(value);
  }
}
