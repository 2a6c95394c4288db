import {buildingApp} from '../build-context.js';
import {Component, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';
import {BuildError} from '../errors.js';
import {Button, type ButtonProps} from './Button.js';
import {Global} from './Global.js';
import {State} from './State.js';

/** `gr.ClearButton(components?, options?)`, as Gradio's positional parameters. */
export type ClearButtonArgs =
  | [options?: ButtonProps, ...none: never[]]
  | [components?: Component | readonly Component[] | null, options?: ButtonProps, ...none: never[]];

/**
 * A button (labelled "Clear" unless told otherwise) that clears the components it is
 * given, as Gradio's `gr.ClearButton`: each takes the value its component makes of
 * "nothing" (an empty Textbox, a Number's `null`, a Slider's minimum, an empty
 * Chatbot...), and a State (or Global) goes back to its default.
 */
export class ClearButton extends Button {
  constructor(...args: ClearButtonArgs) {
    const {components, ...props} = componentArgs<ButtonProps & {components?: Component | readonly Component[] | null}>(
      'ClearButton',
      args,
      [param.custom('components', 'a component or a list of components', isComponents)],
    );
    const {value, props: rest} = takeValue(props);
    super((value ?? 'Clear') as ValueOrFactory<string>, rest);
    this.add(components ?? []);
  }

  /** Adds components to those the button clears. Only while its app is being built, as any listener. Returns the button. */
  add(components: Component | readonly Component[]): this {
    const list: readonly unknown[] = Array.isArray(components) ? components : [components];
    if (list.length === 0) return this;
    list.forEach((component, index) => {
      if (component instanceof Component) return;
      const cause = component === undefined ? ', most likely a component used before it was created' : '';
      throw new BuildError(
        `${this.describe()}: components[${index}] is ${component === undefined ? 'undefined' : 'not a component'}${cause}`,
      );
    });
    if (!this.owner && !buildingApp()) {
      throw new BuildError(`${this.describe()}: a ClearButton with components must be created inside gr.Blocks(() => { ... })`);
    }
    const targets = list as readonly Component[];
    // The session turns each null into that component's empty value, under its current props.
    const clear = () => targets.map(c => (c instanceof State || c instanceof Global ? c.initialValue() : null));
    this.click(clear, null, [...targets], {showProgress: 'hidden'});
    return this;
  }
}

function isComponents(value: unknown): boolean {
  return value === null || value instanceof Component || Array.isArray(value);
}
