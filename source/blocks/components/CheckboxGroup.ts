import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {assertAmongChoices, type Choice, choiceValues} from '../choices.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface CheckboxGroupProps extends ComponentProps {
  value?: ValueOrFactory<(string | number)[]>;
  choices?: readonly Choice[];
  /** `value` (default): the handler receives the chosen values; `index`: their positions. */
  type?: 'value' | 'index';
}

/** `gr.CheckboxGroup(choices?, options?)`, as Gradio's positional parameters. */
export type CheckboxGroupArgs =
  | [options?: CheckboxGroupProps, ...none: never[]]
  | [choices?: readonly Choice[] | null, options?: Omit<CheckboxGroupProps, 'choices'>, ...none: never[]];

/** Several boxes, any of which may be checked. The value is the list of checked choices' values. */
export class CheckboxGroup extends Component<(string | number)[], CheckboxGroupProps> {
  readonly type = 'checkboxgroup';
  readonly events = ['change', 'input', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');

  constructor(...args: CheckboxGroupArgs) {
    const {value, props} = takeValue(componentArgs<CheckboxGroupProps>('CheckboxGroup', args, [param.choices()]));
    super(value ?? [], {type: 'value', ...props, choices: props.choices ?? []});
  }

  override postprocess(value: unknown): (string | number)[] {
    if (value === null || value === undefined) return [];
    return (Array.isArray(value) ? value : [value]) as (string | number)[];
  }

  override preprocess(value: (string | number)[], props: CheckboxGroupProps): unknown {
    assertAmongChoices(value, props.choices);
    if (props.type !== 'index') return [...value];
    const values = choiceValues(props.choices);
    return value.map(v => values.indexOf(v));
  }
}
