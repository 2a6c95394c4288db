import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface ButtonProps extends ComponentProps {
  /** The button's text. Default "Run", as Gradio. */
  value?: ValueOrFactory<string>;
  variant?: 'primary' | 'secondary' | 'stop';
  size?: 'sm' | 'md' | 'lg';
}

/** `gr.Button(value?, options?)`, as Gradio's positional parameters. */
export type ButtonArgs =
  | [options?: ButtonProps, ...none: never[]]
  | [value?: ValueOrFactory<string>, options?: Omit<ButtonProps, 'value'>, ...none: never[]];

/** A button, clicked with Enter or Space. As an input, the handler receives its text. */
export class Button extends Component<string, ButtonProps> {
  readonly type = 'button';
  readonly events = ['click'] as const;
  readonly click = this.listener('click');

  constructor(...args: ButtonArgs) {
    const {value, props} = takeValue(componentArgs<ButtonProps>('Button', args, [param.stringValue()]));
    // Buttons are interactive unless told otherwise, even when only an output (Gradio's default).
    super(value ?? 'Run', {variant: 'secondary', size: 'lg', interactive: true, ...props});
  }

  override postprocess(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
  }
}
