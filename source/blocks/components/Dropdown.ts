import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {assertAmongChoices, type Choice, choiceValues} from '../choices.js';
import {componentArgs, param, takeValue} from '../component-args.js';
import {TermblocksError} from '../errors.js';

type DropdownValue = string | number | null | (string | number)[];

export interface DropdownProps extends ComponentProps {
  /** Not given: the first choice (or nothing, when multiselect). `null`: nothing chosen. As Gradio. */
  value?: ValueOrFactory<DropdownValue>;
  choices?: readonly Choice[];
  /** Several values may be chosen; the value is then a list. */
  multiselect?: boolean;
  /** Accept typed values that are not among the choices. */
  allowCustomValue?: boolean;
  /** With multiselect: the most values that may be chosen. */
  maxChoices?: number;
  /** `value` (default): the handler receives the value(s); `index`: their positions. */
  type?: 'value' | 'index';
}

/** `gr.Dropdown(choices?, options?)`, as Gradio's positional parameters. */
export type DropdownArgs =
  | [options?: DropdownProps, ...none: never[]]
  | [choices?: readonly Choice[] | null, options?: Omit<DropdownProps, 'choices'>, ...none: never[]];

/**
 * A choice from a list that opens on Enter. Whether the value is one choice or a
 * list follows the session's current `multiselect` prop, so a `gr.update` that
 * switches it changes what later handlers receive.
 */
export class Dropdown extends Component<DropdownValue, DropdownProps> {
  readonly type = 'dropdown';
  readonly events = ['change', 'input', 'select', 'focus', 'blur'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');
  readonly focus = this.listener('focus');
  readonly blur = this.listener('blur');

  constructor(...args: DropdownArgs) {
    const all = componentArgs<DropdownProps>('Dropdown', args, [param.choices()]);
    // `value: undefined` is "not given" (the first choice); `value: null` is "nothing chosen", as Gradio's DEFAULT_VALUE.
    const given = all.value !== undefined;
    const {value, props} = takeValue(all);
    const merged = {type: 'value' as const, multiselect: false, allowCustomValue: false, ...props, choices: props.choices ?? []};
    const fallback = merged.multiselect ? [] : (choiceValues(merged.choices)[0] ?? null);
    super(given ? (value ?? null) : fallback, merged);
  }

  override postprocess(value: unknown, props: DropdownProps): DropdownValue {
    if (props.multiselect) {
      if (value === null || value === undefined) return [];
      return (Array.isArray(value) ? [...value] : [value]) as (string | number)[];
    }
    const single = Array.isArray(value) ? value[0] : value;
    return single === undefined ? null : (single as string | number | null);
  }

  override preprocess(value: DropdownValue, props: DropdownProps): unknown {
    const values = choiceValues(props.choices);
    const chosen = Array.isArray(value) ? value : value === null ? [] : [value];
    if (!props.allowCustomValue) assertAmongChoices(chosen, props.choices);
    if (props.multiselect && props.maxChoices !== undefined && chosen.length > props.maxChoices) {
      throw new TermblocksError(`${this.describe()} accepts at most ${props.maxChoices} choices`);
    }
    if (props.type !== 'index') return Array.isArray(value) ? [...value] : value;
    const indices = chosen.map(v => values.indexOf(v));
    return props.multiselect ? indices : (indices[0] ?? null);
  }

  /** A default that is not among the choices warns when the app is built, as Gradio's does (a function default is not called). */
  override validate(): void {
    if (this.props.allowCustomValue || typeof this.initial === 'function') return;
    const values = choiceValues(this.props.choices);
    const defaults = Array.isArray(this.initial) ? this.initial : this.initial === null ? [] : [this.initial];
    const stranger = defaults.find(v => !values.includes(v));
    if (stranger === undefined) return;
    console.warn(
      `termblocks: the value passed into ${this.describe()} is not in the list of choices. Please update the list of choices to include: ${JSON.stringify(stranger)} or set allowCustomValue: true.`,
    );
  }
}
