import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {isString, splitArgs} from '../component-args.js';

export interface ButtonProps extends ComponentProps {
  /** The button's text. Default "Run", as Gradio. */
  value?: ValueOrFactory<string>;
  variant?: 'primary' | 'secondary' | 'stop';
  size?: 'sm' | 'md' | 'lg';
}

/** A button, clicked with Enter or Space. As an input, the handler receives its text. */
export class Button extends Component<string, ButtonProps> {
  readonly type = 'button';
  readonly events = ['click'] as const;
  readonly click = this.listener('click');

  constructor(arg?: ButtonProps | string) {
    const {value, props} = splitArgs<string, ButtonProps>(arg, isString);
    // Buttons are interactive unless told otherwise, even when only an output (Gradio's default).
    super(value ?? 'Run', {variant: 'secondary', size: 'lg', interactive: true, ...props});
  }

  override postprocess(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
  }
}
