import {type DOMElement, measureElement} from 'ink';
import type {Block} from '../blocks/Block.js';
import {Component} from '../blocks/Component.js';
import type {DataframeValue} from '../blocks/components/Dataframe.js';
import {fillsHeight} from '../blocks/fill-height.js';
import type {Session} from '../session/Session.js';
import type {Key} from './parse-input.js';
import type {UiState} from './UiState.js';

/**
 * Boxes whose content can be longer than the box: a Chatbot, a Code block, a
 * Dataframe, a JSON view, a Markdown with `maxHeight`. Such a box shows a window
 * of its content; while the content overflows, the box takes focus (even when it
 * is not editable, as a browser's scrollable region does) and the arrows, PgUp/PgDn
 * and Home/End move the window.
 *
 * Sizes are counted in the unit the box scrolls by: rows of a Dataframe, source
 * lines of a Code block (each drawn on one screen line), and screen lines for
 * the others, whose text wraps. Those last are measured on the frame just drawn
 * (see `ScrollBox`), so what decides focus and scrolling is what the user sees.
 */

/** How far a scrolled box is from its anchor, and what it holds. */
export interface ScrollWindow {
  /** Units hidden before the window (above it). */
  readonly before: number;
  /** Units hidden after the window (below it). */
  readonly after: number;
  /** Whether content exists before the window beyond what was drawn (a long chat's oldest messages). */
  readonly beforeUndrawn: boolean;
  /** Whether content exists after the window beyond what was drawn (the rest of a huge text). */
  readonly afterUndrawn: boolean;
}

/**
 * The most a box shows before it scrolls, in its own unit; undefined for blocks that never scroll. A box that
 * fills the screen's height shows what the last frame left it (see `fitToScreen`).
 */
export function viewSize(block: Block, props: Readonly<Record<string, unknown>>, ui?: UiState): number | undefined {
  const filled = ui?.fill.get(block);
  if (filled !== undefined) return filled;
  switch (block.type) {
    case 'textbox':
      // An editable box keeps its cursor in view instead; a read-only one (an output) scrolls.
      return props.interactive ? undefined : atLeastOne(props.maxLines, 20);
    case 'chatbot':
      return atLeastOne(props.height, 12);
    case 'code':
      return atLeastOne(props.maxLines, 20);
    case 'dataframe':
    case 'json':
      return atLeastOne(props.maxHeight, 20);
    case 'markdown':
      return props.maxHeight === undefined ? undefined : atLeastOne(props.maxHeight, 20);
    default:
      return undefined;
  }
}

/** Whether the block takes PgUp/PgDn itself (a slider, a box that scrolls); otherwise they scroll the whole app. */
export function usesPageKeys(block: Block, props: Readonly<Record<string, unknown>>): boolean {
  return block.type === 'slider' || viewSize(block, props) !== undefined;
}

/**
 * Which end of its content a box holds still, its offset counting from there. A
 * Chatbot keeps its newest message in view, the others their start; Home and End
 * anchor a measured box at its top or bottom (so a huge text or history can jump
 * to its far end without drawing everything in between).
 */
export function anchoredAtBottom(block: Block, ui: UiState): boolean {
  return ui.anchor.get(block) ? ui.anchor.get(block) === 'bottom' : defaultAtBottom(block);
}

function defaultAtBottom(block: Block): boolean {
  return block.type === 'chatbot';
}

/** Boxes whose size is measured after layout (their text wraps), as opposed to counted rows or lines. */
function measured(block: Block): boolean {
  return block.type !== 'code' && block.type !== 'dataframe';
}

/** The content's size in the box's unit: counted from the value where it can be, measured otherwise. */
function contentSize(block: Block, session: Session, ui: UiState): number {
  if (!(block instanceof Component)) return 0;
  switch (block.type) {
    case 'dataframe':
      return ((session.value(block) as DataframeValue | undefined)?.data ?? []).length;
    case 'code':
      return lineCount(String(session.value(block) ?? ''));
    default:
      return ui.measured.get(block) ?? 0;
  }
}

/** Whether the block's content is longer than its box (so it takes focus and scrolls). */
export function overflows(block: Block, session: Session, ui: UiState): boolean {
  const view = viewSize(block, session.props(block), ui);
  if (view === undefined) return false;
  return contentSize(block, session, ui) > view || ui.undrawn.has(block) || (ui.scroll.get(block) ?? 0) > 0;
}

/** The block's offset from its anchor, kept inside what its content allows. */
export function scrollOffset(block: Block, session: Session, ui: UiState): number {
  const view = viewSize(block, session.props(block), ui) ?? 0;
  const wanted = ui.scroll.get(block) ?? 0;
  // A box that drew only what can show (a chat at its bottom, the start of a huge text) may hold more than was measured.
  if (ui.undrawn.has(block)) return Math.max(0, wanted);
  return Math.max(0, Math.min(wanted, contentSize(block, session, ui) - view));
}

/** Where the window is, for the line under the box. */
export function scrollWindow(block: Block, session: Session, ui: UiState): ScrollWindow {
  const view = viewSize(block, session.props(block), ui) ?? 0;
  const hidden = Math.max(0, contentSize(block, session, ui) - view);
  const offset = Math.min(scrollOffset(block, session, ui), hidden);
  // Content left undrawn is always on the side away from the anchor.
  const undrawn = ui.undrawn.has(block);
  return anchoredAtBottom(block, ui)
    ? {before: hidden - offset, after: offset, beforeUndrawn: undrawn, afterUndrawn: false}
    : {before: offset, after: hidden - offset, beforeUndrawn: false, afterUndrawn: undrawn};
}

/** The dim line under a box that overflows: what is hidden above and below. */
export function scrollHint(window: ScrollWindow, unit: string): string {
  const parts: string[] = [];
  if (window.beforeUndrawn) parts.push(`↑ more ${unit} above`);
  else if (window.before > 0) parts.push(`↑ ${window.before} more ${plural(unit, window.before)}`);
  if (window.afterUndrawn) parts.push(`↓ more ${unit} below`);
  else if (window.after > 0) parts.push(`↓ ${window.after} more ${plural(unit, window.after)}`);
  return parts.join(' · ');
}

/**
 * Moves a focused box's window for ↑/↓ (a line), PgUp/PgDn (a box less one line)
 * and Home/End (first and last). Returns false for any other key.
 */
export function scrollByKey(block: Block, session: Session, ui: UiState, key: Key): boolean {
  if (key.kind !== 'key') return false;
  const view = viewSize(block, session.props(block), ui);
  if (view === undefined) return false;
  if (measured(block) && (key.name === 'home' || key.name === 'end')) {
    // Anchor at that end: the next frame draws from there, however much lies between.
    const bottom = key.name === 'end';
    if (bottom === defaultAtBottom(block)) ui.anchor.delete(block);
    else ui.anchor.set(block, bottom ? 'bottom' : 'top');
    ui.scroll.delete(block);
    ui.undrawn.delete(block);
    return true;
  }
  const page = Math.max(1, view - 1);
  // Steps towards the end of the content (down) as positive.
  let down: number;
  switch (key.name) {
    case 'up':
      down = -1;
      break;
    case 'down':
      down = 1;
      break;
    case 'pageup':
      down = -page;
      break;
    case 'pagedown':
      down = page;
      break;
    case 'home':
      down = -Number.MAX_SAFE_INTEGER;
      break;
    case 'end':
      down = Number.MAX_SAFE_INTEGER;
      break;
    default:
      return false;
  }
  const current = scrollOffset(block, session, ui);
  const bottom = anchoredAtBottom(block, ui);
  let next = bottom ? current - down : current + down;
  const max = Math.max(0, contentSize(block, session, ui) - view);
  const undrawn = ui.undrawn.has(block);
  // A box that left content undrawn can go a page further; the next frame draws what is needed.
  next = undrawn ? Math.max(0, Math.min(next, max + page)) : Math.max(0, Math.min(next, max));
  if (!undrawn && next === max && ui.anchor.has(block)) {
    // Scrolled back to its usual end (a chat to its newest message): held there again, following new content.
    ui.anchor.delete(block);
    next = 0;
  }
  if (next === 0) ui.scroll.delete(block);
  else ui.scroll.set(block, next);
  return true;
}

/**
 * Called with each box's freshly measured content height after a frame. A chat
 * scrolled up keeps the same messages in view when new ones arrive below, as a
 * chat window does; at the bottom it follows them. Returns whether the box must
 * be drawn again: only when it overflows now or did before, since a box whose
 * content fits draws the same whatever its height (so opening a screen of short
 * boxes costs one render, not two).
 */
function recordMeasure(block: Block, ui: UiState, height: number, undrawn: boolean, view: number): boolean {
  const before = ui.measured.get(block);
  const wasUndrawn = ui.undrawn.has(block);
  if (before === height && wasUndrawn === undrawn) return false;
  if (anchoredAtBottom(block, ui) && before !== undefined && height > before && !undrawn && !wasUndrawn) {
    const offset = ui.scroll.get(block);
    if (offset) ui.scroll.set(block, offset + height - before);
  }
  ui.measured.set(block, height);
  if (undrawn) ui.undrawn.add(block);
  else ui.undrawn.delete(block);
  const overflowed = (before !== undefined && before > view) || wasUndrawn;
  return overflowed || height > view || undrawn;
}

/** The line and column of a text cursor (at the end when unset). */
export function cursorAt(text: string, cursor: number | undefined): {line: number; column: number} {
  const at = Math.min(cursor ?? text.length, text.length);
  const before = text.slice(0, at);
  return {line: lineCount(before) - 1, column: at - (before.lastIndexOf('\n') + 1)};
}

/** Reads back every measured box's content height after a frame; true when the frame must be drawn again. */
export function measureBoxes(ui: UiState): boolean {
  let changed = false;
  for (const [block, box] of ui.boxes) {
    if (recordMeasure(block, ui, measureElement(box.node).height, box.undrawn, box.view)) changed = true;
  }
  return fitToScreen(ui) || changed;
}

/** The fewest lines a box that fills the screen keeps, however tall the rest of the app. */
const FILL_MIN = 4;

/**
 * Gives a box that fills the screen's height (a ChatInterface's chat) the lines
 * the rest of the app leaves, measured on the frame just drawn: its view grows or
 * shrinks by what the whole body is short of or over the screen. Only the first
 * such box on screen fills. True when its view changed, so the frame is drawn again.
 */
function fitToScreen(ui: UiState): boolean {
  if (ui.screenRows === undefined) return false;
  for (const [block, box] of ui.boxes) {
    if (!fillsHeight(block)) continue;
    let root: DOMElement = box.node;
    while (root.parentNode) root = root.parentNode;
    const spare = ui.screenRows - measureElement(root).height;
    const view = Math.max(FILL_MIN, box.view + spare);
    if (ui.fill.get(block) === view) return false;
    ui.fill.set(block, view);
    return true;
  }
  return false;
}

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function atLeastOne(value: unknown, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) ? Math.max(1, Math.floor(n)) : fallback;
}

function plural(unit: string, n: number): string {
  return n === 1 ? unit.replace(/s$/, '') : unit;
}
