import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {assertAmongChoices, type Choice, choiceValues} from '../choices.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface RadioProps extends ComponentProps {
  value?: ValueOrFactory<string | number | null>;
  choices?: readonly Choice[];
  /** `value` (default): the handler receives the chosen value; `index`: its position. */
  type?: 'value' | 'index';
}

/** `gr.Radio(choices?, options?)`, as Gradio's positional parameters. */
export type RadioArgs =
  | [options?: RadioProps, ...none: never[]]
  | [choices?: readonly Choice[] | null, options?: Omit<RadioProps, 'choices'>, ...none: never[]];

/**
 * One choice out of several, picked with the arrows. `null` when none is chosen.
 * A handler receives only a value among the choices; any other fails the event, as in Gradio.
 */
export class Radio extends Component<string | number | null, RadioProps> {
  readonly type = 'radio';
  readonly events = ['change', 'input', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly select = this.listener('select');

  constructor(...args: RadioArgs) {
    const {value, props} = takeValue(componentArgs<RadioProps>('Radio', args, [param.choices()]));
    super(value ?? null, {type: 'value', ...props, choices: props.choices ?? []});
  }

  override postprocess(value: unknown): string | number | null {
    return value === undefined || value === null ? null : (value as string | number);
  }

  override preprocess(value: string | number | null, props: RadioProps): unknown {
    if (value === null) return null;
    assertAmongChoices([value], props.choices);
    if (props.type !== 'index') return value;
    return choiceValues(props.choices).indexOf(value);
  }
}
