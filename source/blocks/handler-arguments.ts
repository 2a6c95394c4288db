import type {HandlerContext} from './events.js';
import {requiredParameterCount} from './function-parameters.js';

// Gradio calls a handler with exactly its input values, so `(...args) => args.join(' ')`
// and `(task = 'x') => ...` (Python's `def f(task=task)`) must not get the context in
// their inputs. The context is still there for a handler that asks for it by
// declaring one plain parameter more than it has inputs, and for any handler through
// `gr.context()`.

const WANTS_CONTEXT = Symbol('termblocks.wantsContext');

/** Marks one of termblocks' own wrappers, whose `(...args)` always ends with the context. */
export function takesContext<F extends Function>(fn: F): F {
  return Object.assign(fn, {[WANTS_CONTEXT]: true});
}

/** Whether `fn`, given `inputs` values, also receives the context after them. */
export function passesContext(fn: Function, inputs: number): boolean {
  return WANTS_CONTEXT in fn || requiredParameterCount(fn) > inputs;
}

/** The arguments to call `fn` with: its inputs, then the context when it declares a parameter for it. */
export function handlerArguments(fn: Function, inputs: readonly unknown[], context: HandlerContext): unknown[] {
  return passesContext(fn, inputs.length) ? [...inputs, context] : [...inputs];
}
