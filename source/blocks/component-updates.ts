import {Update} from './update.js';

// Gradio 4+ lets a handler return a constructor call for an output,
// `return gr.Dropdown({choices, value})`, meaning an update with exactly the arguments
// that call gave (Gradio keeps them as the block's constructor arguments). A
// constructor call fills its defaults in, so the props it was given are noted while
// it runs: `componentArgs` notes them, `recordGiven` keeps them with the instance.

let noted: {component: string; given: Record<string, unknown>} | undefined;
const givenByBlock = new WeakMap<object, Readonly<Record<string, unknown>>>();

/** Called by `componentArgs` with the props one constructor call gave, positional ones named. */
export function noteGiven(component: string, given: Record<string, unknown>): void {
  noted = {component, given: {...given}};
}

/**
 * Runs one public constructor call (`gr.Textbox(...)`) and keeps the props it gave
 * with the block it made. Only the note of a component of that name counts, so a
 * constructor that builds other components inside cannot take theirs.
 */
export function recordGiven<T>(component: string, create: () => T): T {
  noted = undefined;
  const made = create();
  // Set by the constructor the callback ran, which TypeScript cannot see.
  const note = noted as {component: string; given: Record<string, unknown>} | undefined;
  noted = undefined;
  if (note && note.component === component && typeof made === 'object' && made !== null) givenByBlock.set(made, note.given);
  return made;
}

/** What a handler returned for an output, with a constructor call's block read as `gr.update` of the props it gave. */
export function asUpdate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const given = givenByBlock.get(value);
  return given ? new Update(given) : value;
}
