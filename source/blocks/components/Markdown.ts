import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {isString, splitArgs} from '../component-args.js';

export interface MarkdownProps extends ComponentProps {
  value?: ValueOrFactory<string>;
  /** Lines shown before the text scrolls inside a box. Default: none, the text takes the lines it needs. */
  maxHeight?: number;
}

/** Text written in Markdown, drawn with terminal styling (headings, emphasis, code, lists). Display only. */
export class Markdown extends Component<string, MarkdownProps> {
  readonly type = 'markdown';
  readonly events = ['change'] as const;
  readonly change = this.listener('change');

  constructor(arg?: MarkdownProps | string) {
    const {value, props} = splitArgs<string, MarkdownProps>(arg, isString);
    super(value ?? '', props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override postprocess(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
  }
}
