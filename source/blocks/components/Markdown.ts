import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface MarkdownProps extends ComponentProps {
  value?: ValueOrFactory<string>;
  /** Lines shown before the text scrolls inside a box. Default: none, the text takes the lines it needs. */
  maxHeight?: number;
}

/** `gr.Markdown(value?, options?)`, as Gradio's positional parameters. */
export type MarkdownArgs =
  | [options?: MarkdownProps, ...none: never[]]
  | [value?: ValueOrFactory<string> | null, options?: Omit<MarkdownProps, 'value'>, ...none: never[]];

/** Text written in Markdown, drawn with terminal styling (headings, emphasis, code, lists). Display only. */
export class Markdown extends Component<string, MarkdownProps> {
  readonly type = 'markdown';
  readonly events = ['change'] as const;
  readonly change = this.listener('change');

  constructor(...args: MarkdownArgs) {
    const {value, props} = takeValue(componentArgs<MarkdownProps>('Markdown', args, [param.stringValue()]));
    super(value ?? '', props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override postprocess(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
  }
}
