import type {Block} from '../blocks/Block.js';
import {asUpdate} from '../blocks/component-updates.js';
import type {Dependency} from '../blocks/Dependency.js';

/** A listener's return value did not fit its outputs: a mistake in the app, named for its developer. */
export class OutputMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputMismatchError';
  }
}

/**
 * Turns what a handler returned into one value per output it addresses, as Gradio
 * reads returns: a Map keyed by component updates a subset; with one output the
 * value is that output's; with several, an array gives them by position. Too few
 * values is an error naming the listener; too many calls `warn` and drops the rest.
 */
export function collectOutputs(dep: Dependency, returned: unknown, warn: (message: string) => void): Map<Block, unknown> {
  const collected = byOutput(dep, returned, warn);
  // `return gr.Textbox({visible: false})` is `gr.update({visible: false})`, alone, in a list or in a Map.
  for (const [block, value] of collected) collected.set(block, asUpdate(value));
  return collected;
}

function byOutput(dep: Dependency, returned: unknown, warn: (message: string) => void): Map<Block, unknown> {
  const outputs = dep.outputs;
  if (returned instanceof Map) {
    for (const key of returned.keys()) {
      if (!outputs.includes(key)) {
        const what = key && typeof key === 'object' && 'describe' in key ? key.describe() : String(key);
        throw new OutputMismatchError(`listener "${dep.name}" returned a value for ${what}, which is not one of its outputs`);
      }
    }
    return new Map(returned as Map<Block, unknown>);
  }
  // With no outputs the return is ignored without a warning: JavaScript handlers often return a value
  // by accident (`x => list.push(x)`), where Python's return None would be explicit.
  if (outputs.length === 0) return new Map();
  if (outputs.length === 1) return new Map([[outputs[0], returned]]);
  if (!Array.isArray(returned)) {
    throw new OutputMismatchError(
      `listener "${dep.name}" has ${outputs.length} outputs, so it must return an array of ${outputs.length} values or a Map keyed by component (got ${returned === null ? 'null' : typeof returned})`,
    );
  }
  if (returned.length < outputs.length) {
    throw new OutputMismatchError(
      `listener "${dep.name}" did not return enough output values (needed: ${outputs.length}, received: ${returned.length})`,
    );
  }
  if (returned.length > outputs.length) {
    warn(
      `listener "${dep.name}" returned too many output values (needed: ${outputs.length}, returned: ${returned.length}); ignoring the extra values`,
    );
  }
  return new Map(outputs.map((output, i) => [output, returned[i]]));
}
