import {Component} from './Component.js';
import {Chatbot} from './components/Chatbot.js';
import {Checkbox} from './components/Checkbox.js';
import {CheckboxGroup} from './components/CheckboxGroup.js';
import {Code} from './components/Code.js';
import {Dataframe} from './components/Dataframe.js';
import {Dropdown} from './components/Dropdown.js';
import {JSONView} from './components/JSON.js';
import {Label} from './components/Label.js';
import {Markdown} from './components/Markdown.js';
import {NumberBox} from './components/Number.js';
import {Radio} from './components/Radio.js';
import {Slider} from './components/Slider.js';
import {State} from './components/State.js';
import {Textbox} from './components/Textbox.js';
import {BuildError} from './errors.js';

/** Gradio's shortcut strings for the components termblocks has, each making a component with its defaults. */
const SHORTCUTS: Record<string, () => Component> = {
  text: () => new Textbox(),
  textbox: () => new Textbox(),
  textarea: () => new Textbox({lines: 7}),
  number: () => new NumberBox(),
  slider: () => new Slider(),
  checkbox: () => new Checkbox(),
  checkboxgroup: () => new CheckboxGroup(),
  radio: () => new Radio(),
  dropdown: () => new Dropdown(),
  json: () => new JSONView(),
  label: () => new Label(),
  markdown: () => new Markdown(),
  code: () => new Code(),
  dataframe: () => new Dataframe(),
  chatbot: () => new Chatbot(),
  state: () => new State(),
};

/** The shortcut strings an Interface accepts, in the order an error lists them. */
export const SHORTCUT_NAMES = Object.keys(SHORTCUTS);

/** What an Interface's inputs and outputs may each be: a component or a shortcut string. */
export type ComponentOrShortcut = Component | string;

/**
 * A component for a shortcut string (made in the app being built), or the component
 * itself. As Gradio, the name is matched without case or underscores ('Check_Box').
 * An unknown name is a build error listing the known ones.
 */
export function componentFor(spec: ComponentOrShortcut, where: string): Component {
  if (spec instanceof Component) return spec;
  if (typeof spec !== 'string') {
    throw new BuildError(`${where} must be a component or a shortcut string, got ${spec === null ? 'null' : typeof spec}`);
  }
  const make = SHORTCUTS[spec.toLowerCase().replace(/_/g, '')];
  if (!make) {
    throw new BuildError(`${where}: "${spec}" is not a component shortcut; the known ones are: ${SHORTCUT_NAMES.join(', ')}`);
  }
  return make();
}
