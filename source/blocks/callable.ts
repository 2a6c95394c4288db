import {blockName} from './Block.js';
import {recordGiven} from './component-updates.js';

/**
 * Turns a class into something that can be called with or without `new`, so that
 * `gr.Textbox({...})` reads like Gradio while `x instanceof gr.Textbox` still works.
 */
export type Callable<A extends unknown[], T> = ((...args: A) => T) & (new (...args: A) => T);

export function callable<A extends unknown[], T>(Class: new (...args: A) => T): Callable<A, T> {
  // A function, not an arrow: an arrow cannot be called with `new`. Returning the
  // instance makes `new create()` give it too. The props the call gave are kept, so the
  // block can also be returned from a handler as an update (component-updates.ts).
  const name = blockName(Class);
  const create = function create(...args: A): T {
    return recordGiven(name, () => new Class(...args));
  };
  create.prototype = Class.prototype;
  Object.defineProperty(create, 'name', {value: Class.name});
  return create as unknown as Callable<A, T>;
}
