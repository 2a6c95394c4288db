import type {Dependency, ListenerOptions} from './Dependency.js';
import {BuildError} from './errors.js';
import type {Handler, Inputs, Outputs} from './events.js';

/** Gradio's keyword arguments of a listener call, as one object: `btn.click({fn, inputs, outputs, ...options})`. */
export interface ListenerKeywords extends ListenerOptions {
  fn?: Handler | null;
  inputs?: Inputs;
  outputs?: Outputs;
}

/** What a decorator-style call returns: give it the handler and it attaches it, returning the handler unchanged. */
export type ListenerDecorator = <F extends Handler>(fn: F) => F;

type Attach = (fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions) => Dependency;

/** Whether a listener's first argument is Gradio's keywords as an object rather than the handler. */
export function isListenerKeywords(value: unknown): value is ListenerKeywords {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A listener called with keywords. With `fn` (a function or null) it attaches at once,
 * as Python's `radio.change(fn=f, inputs=radio, outputs=text)`. Without `fn` it is
 * Gradio's decorator, `@country.change(inputs=country, outputs=cities)`: it returns a
 * function that attaches the handler it is given and returns that handler, so
 * `const updateCities = country.change({inputs, outputs})(function updateCities(...) {...})`
 * ports it line for line. Positional arguments after keywords are a mistake, not merged.
 */
export function keywordListener(
  what: string,
  keywords: ListenerKeywords,
  rest: readonly unknown[],
  attach: Attach,
): Dependency | ListenerDecorator {
  if (rest.some(arg => arg !== undefined)) {
    throw new BuildError(`${what}: pass either the handler and its arguments, or one object of keywords, not both`);
  }
  const {fn, inputs, outputs, ...options} = keywords;
  if ('fn' in keywords && fn !== undefined) return attach(fn, inputs, outputs, options);
  return <F extends Handler>(handler: F): F => {
    if (typeof handler !== 'function') {
      throw new BuildError(`${what}({...}) without fn is a decorator: call what it returns with the handler`);
    }
    attach(handler, inputs, outputs, options);
    return handler;
  };
}
