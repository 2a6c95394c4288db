import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface CodeProps extends ComponentProps {
  value?: ValueOrFactory<string>;
  /** The language, shown in the box's title. */
  language?: string;
  /** Gradio's `lines`, accepted for compatibility: the box is as tall as its code, up to `maxLines`. Default 5. */
  lines?: number;
  /** Lines shown before the code scrolls inside its box. Default 20. */
  maxLines?: number;
}

/** `gr.Code(value?, language?, options?)`, as Gradio's positional parameters. */
export type CodeArgs =
  | [options?: CodeProps, ...none: never[]]
  | [
      value?: ValueOrFactory<string> | null,
      language?: string | null,
      options?: Omit<CodeProps, 'value' | 'language'>,
      ...none: never[],
    ];

/** Source code in a box with line numbers. Editable as multi-line text when interactive. */
export class Code extends Component<string, CodeProps> {
  readonly type = 'code';
  readonly events = ['change', 'input', 'focus', 'blur'] as const;
  readonly change = this.listener('change');
  readonly input = this.listener('input');
  readonly focus = this.listener('focus');
  readonly blur = this.listener('blur');

  constructor(...args: CodeArgs) {
    const {value, props} = takeValue(
      componentArgs<CodeProps>('Code', args, [
        param.stringValue(),
        param.custom('language', 'a language name', v => v === null || typeof v === 'string'),
      ]),
    );
    super(value ?? '', {lines: 5, ...props});
  }

  override postprocess(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
  }
}
