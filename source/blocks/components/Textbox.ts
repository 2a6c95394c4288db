import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface TextboxProps extends ComponentProps {
  value?: ValueOrFactory<string>;
  /** Lines shown; more than 1 makes a multi-line box where Enter inserts a newline. Default 1. */
  lines?: number;
  /** Most lines shown before the box scrolls. */
  maxLines?: number;
  placeholder?: string;
  /** `password` masks what is typed. */
  type?: 'text' | 'password' | 'email';
  /** Longest text the user may enter, in characters. */
  maxLength?: number;
  /** Gradio focuses it when the page loads. Accepted; here the first Tab stop has the focus at start. */
  autofocus?: boolean;
}

/** `gr.Textbox(value?, options?)`, as Gradio's positional parameters. */
export type TextboxArgs =
  | [options?: TextboxProps, ...none: never[]]
  | [value?: ValueOrFactory<string> | null, options?: Omit<TextboxProps, 'value'>, ...none: never[]];

/**
 * A box of text. The handler receives the string; whatever a handler returns is
 * shown as a string (`null` shows empty).
 */
export class Textbox extends Component<string, TextboxProps> {
  readonly type = 'textbox';
  readonly events = ['change', 'input', 'submit', 'focus', 'blur', 'select'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly submit = this.listener('submit');
  readonly focus = this.listener('focus');
  readonly blur = this.listener('blur');
  readonly select = this.listener('select');

  constructor(...args: TextboxArgs) {
    const {value, props} = takeValue(componentArgs<TextboxProps>('Textbox', args, [param.stringValue()]));
    super(value ?? '', {lines: 1, type: 'text', ...props});
  }

  override postprocess(value: unknown, props: TextboxProps): string {
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
    return props.maxLength !== undefined && text.length > props.maxLength ? text.slice(0, props.maxLength) : text;
  }
}
