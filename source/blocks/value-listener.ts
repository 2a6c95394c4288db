import type {BlocksApp} from './Blocks.js';
import {Component} from './Component.js';
import {Timer} from './components/Timer.js';
import type {Trigger} from './Dependency.js';
import {BuildError} from './errors.js';
import type {Handler} from './events.js';

/** The listener that keeps a function `value` current, as Gradio attaches one for `every` and `inputs`. */
export interface ValueListener {
  triggers: Trigger[];
  fn: Handler;
  inputs: Component[];
}

/**
 * For a component whose `value` is a function with `every` or `inputs`: what
 * re-evaluates it in each session. With `inputs`, it runs on load (it needs their
 * values, so it is not called when the session opens) and whenever one of them
 * changes. With `every: seconds`, it runs on the component's own `tick`, which the
 * session fires on that period on its clock; `every: gr.Timer(...)` runs on that
 * Timer's ticks. Gradio does the same with a hidden Timer.
 */
export function valueListener(app: BlocksApp, component: Component): ValueListener | undefined {
  const {every, inputs} = component.props;
  if (every === undefined && inputs === undefined) return undefined;
  const name = component.describe();
  if (typeof component.initial !== 'function') {
    throw new BuildError(
      `${name}: every and inputs re-evaluate a function value; give value as a function, e.g. value: () => ...`,
    );
  }
  const inputList = inputs === undefined ? [] : Array.isArray(inputs) ? [...inputs] : [inputs];
  inputList.forEach((input, index) => {
    if (!(input instanceof Component)) {
      throw new BuildError(`${name}: inputs[${index}] is not a component (was it used before it was created?)`);
    }
  });
  const triggers: Trigger[] = inputList.map(input => ({block: input, event: 'change'}));
  if (inputList.length > 0) triggers.push({block: app, event: 'load'});
  if (every instanceof Timer) triggers.push({block: every, event: 'tick'});
  else if (typeof every === 'number' && every > 0) triggers.push({block: component, event: 'tick'});
  else if (every !== undefined) throw new BuildError(`${name}: every must be a number of seconds above 0 or a gr.Timer`);
  const fn = component.initial as (...values: unknown[]) => unknown;
  // Exactly the inputs' values, never the context: `value` is a plain function of them, as in Gradio.
  return {triggers, fn: (...args: unknown[]) => fn(...args.slice(0, inputList.length)), inputs: inputList};
}

/** How often a component's own `every` ticks, in ms; undefined when it does not (no `every`, or a Timer's). */
export function everyMs(component: Component): number | undefined {
  const {every} = component.props;
  return typeof every === 'number' && every > 0 && typeof component.initial === 'function'
    ? Math.max(10, every * 1000)
    : undefined;
}
