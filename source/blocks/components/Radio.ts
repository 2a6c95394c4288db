import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import type {Choice} from '../choices.js';
import {choiceValues} from '../choices.js';
import {splitArgs} from '../component-args.js';

export interface RadioProps extends ComponentProps {
  value?: ValueOrFactory<string | number | null>;
  choices?: readonly Choice[];
  /** `value` (default): the handler receives the chosen value; `index`: its position. */
  type?: 'value' | 'index';
}

/** One choice out of several, picked with the arrows. `null` when none is chosen. */
export class Radio extends Component<string | number | null, RadioProps> {
  readonly type = 'radio';
  readonly events = ['change', 'input', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');

  constructor(arg?: RadioProps) {
    const {value, props} = splitArgs<string | number | null, RadioProps>(arg, (_a): _a is never => false);
    super(value ?? null, {choices: [], type: 'value', ...props});
  }

  override postprocess(value: unknown): string | number | null {
    return value === undefined || value === null ? null : (value as string | number);
  }

  override preprocess(value: string | number | null, props: RadioProps): unknown {
    if (props.type !== 'index' || value === null) return value;
    return choiceValues(props.choices).indexOf(value);
  }
}
