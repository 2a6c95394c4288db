import type {DOMElement} from 'ink';
import type {Block} from '../blocks/Block.js';
import type {UiState} from './UiState.js';

/** Where a drawn node sits in the app's body, in cells: its left column, top line, width and height. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's place in the body, from Yoga's layout: each node's offset is from its parent's. */
export function rectOf(node: DOMElement): Rect {
  let x = 0;
  let y = 0;
  for (let at: DOMElement | undefined = node; at?.yogaNode; at = at.parentNode) {
    x += at.yogaNode.getComputedLeft();
    y += at.yogaNode.getComputedTop();
  }
  return {x, y, width: node.yogaNode?.getComputedWidth() ?? 0, height: node.yogaNode?.getComputedHeight() ?? 0};
}

/**
 * The block drawn under screen cell (x, y) on the last frame, with its place on the
 * screen (the page's scroll counted), or undefined: the smallest one that holds the
 * cell, so a box inside a tab wins over the tab bar.
 */
export function hitTest(ui: UiState, x: number, y: number): {block: Block; rect: Rect} | undefined {
  // Only the body's rows show blocks: the title above, the toasts and footer below cover what the page holds there.
  if (y < 1 || (ui.screenRows !== undefined && y >= 1 + ui.screenRows)) return undefined;
  const line = y - ui.bodyTop;
  let best: {block: Block; rect: Rect} | undefined;
  for (const [block, node] of ui.nodes) {
    const rect = rectOf(node);
    const inside = x >= rect.x && x < rect.x + rect.width && line >= rect.y && line < rect.y + rect.height;
    if (inside && (!best || rect.width * rect.height < best.rect.width * best.rect.height))
      best = {block, rect: {...rect, y: rect.y + ui.bodyTop}};
  }
  return best;
}
