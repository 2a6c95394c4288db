import type {DOMElement} from 'ink';
import type {Block} from '../blocks/Block.js';

/** A drawn box whose content may be taller than the box: its content's node, its most lines, and whether it left content undrawn. */
export interface MeasuredBox {
  readonly node: DOMElement;
  readonly view: number;
  readonly undrawn: boolean;
}

/**
 * What the screen remembers that the session does not: where the text cursor is
 * in each box, which list is open and what it highlights, which tab and
 * accordion sections are shown, which toasts expired, how far each long box is
 * scrolled. One per mounted session.
 */
export class UiState {
  focused: Block | undefined;
  readonly cursor = new Map<Block, number>();
  readonly highlight = new Map<Block, number>();
  readonly open = new Set<Block>();
  readonly selectedTab = new Map<Block, number>();
  readonly accordionOpen = new Map<Block, boolean>();
  /** Text being typed into a Number, kept until it parses. */
  readonly drafts = new Map<Block, string>();
  readonly hiddenNotices = new Set<number>();
  /** How far each scrolled box is from its anchor (see scrolling.ts); absent means at the anchor. */
  readonly scroll = new Map<Block, number>();
  /** Boxes anchored at the other end than usual by Home or End (see scrolling.ts). */
  readonly anchor = new Map<Block, 'top' | 'bottom'>();
  /** Each measured box's content height on the last frame, in screen lines. */
  readonly measured = new Map<Block, number>();
  /** Boxes that drew only their newest content (a chat at its bottom). */
  readonly undrawn = new Set<Block>();
  /** The first line of the app the user scrolled to with PgUp/PgDn; undefined while the screen follows the focus. */
  pageTop: number | undefined;
  /** Pages asked for with PgUp (-1 each) and PgDn (+1) since the last frame. */
  pageMoves = 0;
  /** The lines the app's body has on the screen (less the title, footer and toasts), set before each frame. */
  screenRows: number | undefined;
  /** The view, in lines, each box that fills the screen's height was given on the last frame (see scrolling.ts). */
  readonly fill = new Map<Block, number>();
  /** The help panel (? or F1) is open; any key closes it. */
  help = false;
  /** A brief word for a key that did nothing (typing where no text goes), shown in the footer until `hintUntil`. */
  hint: string | undefined;
  hintUntil: number | undefined;
  /** Each component's outermost drawn node, for finding what the mouse points at (see hit-test.ts). */
  readonly nodes = new Map<Block, DOMElement>();
  /** The screen row of the body's first line on the last frame (1 under the title, less the page's scroll). */
  bodyTop = 1;
  /** The boxes on screen now whose content is measured after each frame. */
  readonly boxes = new Map<Block, MeasuredBox>();
  /** The session's tree version this state last followed (a `gr.render` run changes it; see follow-tree.ts). */
  treeVersion = 0;
  /** Where the focus was in the Tab order on the last look, for when a re-render takes the focused block away. */
  focusIndex = 0;
}
