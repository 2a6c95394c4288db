import type {Block} from '../blocks/Block.js';
import type {Session} from '../session/Session.js';
import type {UiState} from './UiState.js';

/**
 * After a `gr.render` run replaced part of the session's tree: the focus moves to the
 * block that took the focused one's `key` (with its cursor), else stays at its place
 * in the Tab order; and what the screen remembered of blocks that left is dropped,
 * so a long session does not keep every block it ever showed.
 */
export function followTree(session: Session, ui: UiState, order: () => readonly Block[]): void {
  if (ui.treeVersion === session.treeVersion) return;
  ui.treeVersion = session.treeVersion;
  const focused = ui.focused;
  if (focused && !session.shows(focused)) {
    const successor = session.successor(focused);
    if (successor && session.shows(successor)) {
      ui.focused = successor;
      carry(ui, focused, successor);
    } else {
      const now = order();
      ui.focused = now[Math.min(ui.focusIndex, now.length - 1)];
    }
  }
  forgetBlocks(ui, block => session.shows(block));
}

/** A keyed block's place in its text, list and scroll passes to the block that replaced it. */
function carry(ui: UiState, from: Block, to: Block): void {
  for (const map of [ui.cursor, ui.highlight, ui.drafts, ui.scroll, ui.anchor] as Map<Block, unknown>[]) {
    if (map.has(from)) map.set(to, map.get(from));
  }
}

function forgetBlocks(ui: UiState, keep: (block: Block) => boolean): void {
  const maps: Map<Block, unknown>[] = [
    ui.cursor,
    ui.highlight,
    ui.selectedTab,
    ui.accordionOpen,
    ui.drafts,
    ui.scroll,
    ui.anchor,
    ui.measured,
    ui.fill,
    ui.nodes,
    ui.boxes,
  ];
  for (const map of maps) for (const block of [...map.keys()]) if (!keep(block)) map.delete(block);
  for (const set of [ui.open, ui.undrawn]) for (const block of [...set]) if (!keep(block)) set.delete(block);
}
