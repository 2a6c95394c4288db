import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {isString, splitArgs} from '../component-args.js';

export interface CodeProps extends ComponentProps {
  value?: ValueOrFactory<string>;
  /** The language, shown in the box's title. */
  language?: string;
  /** Gradio's `lines`, accepted for compatibility: the box is as tall as its code, up to `maxLines`. Default 5. */
  lines?: number;
  /** Lines shown before the code scrolls inside its box. Default 20. */
  maxLines?: number;
}

/** Source code in a box with line numbers. Editable as multi-line text when interactive. */
export class Code extends Component<string, CodeProps> {
  readonly type = 'code';
  readonly events = ['change', 'input', 'focus', 'blur'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly focus = this.listener('focus');
  readonly blur = this.listener('blur');

  constructor(arg?: CodeProps | string) {
    const {value, props} = splitArgs<string, CodeProps>(arg, isString);
    super(value ?? '', {lines: 5, ...props});
  }

  override postprocess(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
  }
}
