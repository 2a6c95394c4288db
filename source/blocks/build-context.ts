import type {Block} from './Block.js';
import type {BlocksApp} from './Blocks.js';
import {BuildError} from './errors.js';

/** What a block created now attaches to: the app being built and the innermost layout. */
export interface BuildFrame {
  readonly app: BlocksApp;
  readonly parent: Container;
}

/** Something that holds children in layout order: the app itself or a layout. */
export interface Container {
  readonly children: Block[];
}

// A stack rather than a single slot, so nested layouts restore their parent on exit.
const frames: BuildFrame[] = [];

export function currentFrame(what: string): BuildFrame {
  const frame = frames.at(-1);
  if (!frame) {
    throw new BuildError(`${what} must be created inside gr.Blocks(() => { ... }): there is no app being built`);
  }
  return frame;
}

/** The innermost frame, or undefined when no app is being built (a component made then waits unrendered). */
export function openFrame(): BuildFrame | undefined {
  return frames.at(-1);
}

export function buildingApp(): BlocksApp | undefined {
  return frames.at(-1)?.app;
}

/** Runs `build` with `parent` as the place new blocks attach to. Build callbacks must be synchronous. */
export function withParent<T>(app: BlocksApp, parent: Container, what: string, build: () => T): T {
  frames.push({app, parent});
  try {
    const result = build();
    if (result instanceof Promise) {
      throw new BuildError(`the callback of ${what} returned a Promise: build callbacks must be synchronous`);
    }
    return result;
  } finally {
    frames.pop();
  }
}
