import type {BlocksApp} from './Blocks.js';
import type {Component} from './Component.js';

/** Events only a user can start: a component that triggers one must accept input. */
const USER_EVENTS = new Set(['submit', 'input', 'select', 'focus', 'blur', 'release']);

/**
 * Gradio's rule for components whose `interactive` was not given: a component that
 * is an output of some listener and never an input (nor the target of a user
 * event) is static; every other one is interactive. Components that cannot take
 * input (Markdown, JSON, ...) are never interactive.
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
  return isInput || !isOutput;
}
