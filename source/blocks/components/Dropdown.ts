import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import type {Choice} from '../choices.js';
import {choiceValues} from '../choices.js';
import {splitArgs} from '../component-args.js';
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

  constructor(arg?: DropdownProps) {
    const given = arg !== undefined && 'value' in arg;
    const {value, props} = splitArgs<DropdownValue, DropdownProps>(arg, (_a): _a is never => false);
    const merged = {choices: [], type: 'value' as const, multiselect: false, allowCustomValue: false, ...props};
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
    if (!props.allowCustomValue) {
      const unknown = chosen.find(v => !values.includes(v));
      if (unknown !== undefined) {
        throw new TermblocksError(`Value: ${JSON.stringify(unknown)} is not in the list of choices: ${JSON.stringify(values)}`);
      }
    }
    if (props.multiselect && props.maxChoices !== undefined && chosen.length > props.maxChoices) {
      throw new TermblocksError(`${this.describe()} accepts at most ${props.maxChoices} choices`);
    }
    if (props.type !== 'index') return Array.isArray(value) ? [...value] : value;
    const indices = chosen.map(v => values.indexOf(v));
    return props.multiselect ? indices : (indices[0] ?? null);
  }
}
