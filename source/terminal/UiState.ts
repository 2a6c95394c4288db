import type {Block} from '../blocks/Block.js';

/**
 * What the screen remembers that the session does not: where the text cursor is
 * in each box, which list is open and what it highlights, which tab and
 * accordion sections are shown, which toasts expired. One per mounted session.
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
}
