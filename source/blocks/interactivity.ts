import type {BlocksApp} from './Blocks.js';
import type {Component} from './Component.js';

/** Events only a user can start: a component that triggers one must accept input. */
const USER_EVENTS = new Set(['submit', 'input', 'select', 'focus', 'blur', 'release']);

/**
 * Gradio's rule (`determine_interactivity` in its front end) for components whose
 * `interactive` was not given: an input of some listener is interactive; an output
 * that is never an input is static; a component that is neither is interactive
 * only while it has no default value (empty text, 0, false, empty list, none), so
 * a lone `gr.Textbox('note')` is shown, not edited. One addition for the terminal:
 * a component that triggers a user event (`submit`, `input`, `select`, ...) counts
 * as an input, since a static box could never fire it. Components that cannot take
 * input (Markdown, JSON, State, ...) are never interactive.
 */
export function resolveInteractive(app: BlocksApp): void {
  const inputs = new Set<unknown>();
  const outputs = new Set<unknown>();
  for (const dep of app.dependencies) {
    for (const input of dep.inputs) inputs.add(input);
    for (const output of dep.outputs) outputs.add(output);
    for (const trigger of dep.triggers) if (USER_EVENTS.has(trigger.event)) inputs.add(trigger.block);
  }
  for (const component of app.components) {
    component.interactive = decide(component, inputs.has(component), outputs.has(component));
  }
}

function decide(component: Component, isInput: boolean, isOutput: boolean): boolean {
  if (!component.acceptsUserInput) return false;
  if (component.props.interactive !== undefined) return component.props.interactive;
  if (isInput) return true;
  return !isOutput && hasNoDefaultValue(component.initial);
}

/** Gradio's `has_no_default_value`; a default made per session by a function counts as none, as Gradio's config shows it. */
function hasNoDefaultValue(value: unknown): boolean {
  if (typeof value === 'function') return true;
  return (Array.isArray(value) && value.length === 0) || !value;
}
