import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import type {Choice} from '../choices.js';
import {choiceValues} from '../choices.js';
import {splitArgs} from '../component-args.js';

export interface CheckboxGroupProps extends ComponentProps {
  value?: ValueOrFactory<(string | number)[]>;
  choices?: readonly Choice[];
  /** `value` (default): the handler receives the chosen values; `index`: their positions. */
  type?: 'value' | 'index';
}

/** Several boxes, any of which may be checked. The value is the list of checked choices' values. */
export class CheckboxGroup extends Component<(string | number)[], CheckboxGroupProps> {
  readonly type = 'checkboxgroup';
  readonly events = ['change', 'input', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');

  constructor(arg?: CheckboxGroupProps) {
    const {value, props} = splitArgs<(string | number)[], CheckboxGroupProps>(arg, Array.isArray as never);
    super(value ?? [], {choices: [], type: 'value', ...props});
  }

  override postprocess(value: unknown): (string | number)[] {
    if (value === null || value === undefined) return [];
    return (Array.isArray(value) ? value : [value]) as (string | number)[];
  }

  override preprocess(value: (string | number)[], props: CheckboxGroupProps): unknown {
    if (props.type !== 'index') return [...value];
    const values = choiceValues(props.choices);
    return value.map(v => values.indexOf(v));
  }
}
