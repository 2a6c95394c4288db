import {componentArgs, param} from '../component-args.js';
import {Textbox, type TextboxArgs, type TextboxProps} from './Textbox.js';

/**
 * Gradio's `gr.TextArea(value?, options?)`: a Textbox that starts 7 lines tall and
 * grows to 20 before it scrolls. Everything else is a Textbox's, `instanceof gr.Textbox` included.
 */
export class TextArea extends Textbox {
  constructor(...args: TextboxArgs) {
    super({lines: 7, maxLines: 20, ...componentArgs<TextboxProps>('TextArea', args, [param.stringValue()])});
  }
}
