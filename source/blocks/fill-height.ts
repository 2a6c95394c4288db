import type {Block} from './Block.js';

const filling = new WeakSet<Block>();

/**
 * Marks a block that grows to take the screen's height the rest of the app
 * leaves, as a `scale`d component does in Gradio's `fill_height` Blocks (a
 * ChatInterface's chat). The renderer decides how many lines that is.
 */
export function fillHeight<B extends Block>(block: B): B {
  filling.add(block);
  return block;
}

/** Whether the block grows to fill the screen's height (see `fillHeight`). */
export function fillsHeight(block: Block): boolean {
  return filling.has(block);
}
