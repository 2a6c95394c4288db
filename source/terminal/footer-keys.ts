import stringWidth from 'string-width';
import type {Block} from '../blocks/Block.js';
import {datasetPages} from './components/Dataset.js';
import {takesTyping} from './takes-typing.js';

const QUIT = 'Ctrl+C quit';
const HELP = ['? help', 'F1 help'];

/** What the footer needs to know of the focused block beyond its type and props. */
export interface FooterState {
  /** A Dropdown's list is open. */
  open?: boolean;
  /** The block's content overflows its box. */
  scrolls?: boolean;
  /** The app is taller than the screen and PgUp/PgDn scroll it. */
  pages?: boolean;
  /** Enter in this box does something: it has a submit listener. */
  submits?: boolean;
}

/** The keys that apply to the focused block, shown in the footer, most useful first (the quit key last). */
export function footerKeys(
  block: Block | undefined,
  props: Readonly<Record<string, unknown>>,
  {open = false, scrolls = false, pages = false, submits = false}: FooterState = {},
): string[] {
  // In a box that takes typing, ? is a character: F1 opens the help there.
  const help = block && takesTyping(block, props) ? 'F1 help' : '? help';
  const common = [...(pages ? ['PgUp/PgDn page'] : []), 'Tab next', 'Shift+Tab back', help, QUIT];
  const submit = submits ? ['Enter submit'] : [];
  const scrollKeys = ['↑/↓ scroll', 'PgUp/PgDn page', 'Home/End top/bottom'];
  switch (block?.type) {
    case 'textbox':
      if (!props.interactive) return [...scrollKeys, ...common];
      if (Number(props.lines ?? 1) > 1) {
        return ['Enter newline', ...(submits ? ['Alt+Enter submit'] : []), 'arrows move', 'Ctrl+U clear', ...common];
      }
      return [...submit, '←/→ move', 'Ctrl+U clear', ...common];
    case 'number':
      return [...submit, '↑/↓ step', ...common];
    case 'code':
      if (!props.interactive) return [...scrollKeys, ...common];
      return ['Enter newline', 'arrows move', ...(scrolls ? ['PgUp/PgDn page'] : []), ...common];
    case 'chatbot':
    case 'json':
    case 'markdown':
    case 'dataframe':
      return [...scrollKeys, ...common];
    case 'button':
      return ['Enter/Space click', ...common];
    case 'checkbox':
      return ['Space toggle', ...common];
    case 'checkboxgroup':
      return ['↑/↓ move', 'Space toggle', ...common];
    case 'radio':
      return ['↑/↓ choose', ...common];
    case 'dropdown':
      return open
        ? ['↑/↓ move', props.multiselect ? 'Space toggle · Enter close' : 'Enter pick', 'Esc close']
        : ['Enter open', ...common];
    case 'slider':
      return ['←/→ step', 'PgUp/PgDn jump', ...common];
    case 'dataset':
      return ['↑/↓ move', 'Enter choose', ...(datasetPages(props) ? ['←/→ page'] : []), ...common];
    case 'tabs':
      return ['←/→ switch tab', ...common];
    case 'accordion':
      return ['Enter/Space open/close', ...common];
    default:
      return common;
  }
}

/** Hints a narrow footer lets go of first; the quit and help keys are never dropped. */
const LEAST_USEFUL = ['Shift+Tab back', 'PgUp/PgDn page', 'Home/End top/bottom', 'Ctrl+U clear', '←/→ move', 'arrows move'];
export const FOOTER_SEPARATOR = ' · ';

/** Hint widths, measured once: every frame fits its footer, from a small vocabulary of hints. */
const widths = new Map<string, number>();

function hintWidth(key: string): number {
  let width = widths.get(key);
  if (width === undefined) {
    // Bounded: block labels are the app's, and a long-running server must not keep every one.
    if (widths.size >= 1000) widths.clear();
    width = stringWidth(key);
    widths.set(key, width);
  }
  return width;
}

export function footerWidth(keys: readonly string[]): number {
  return keys.reduce((sum, key) => sum + hintWidth(key), 0) + FOOTER_SEPARATOR.length * Math.max(0, keys.length - 1);
}

/**
 * The hints that fit in `columns`, each whole: the least useful go first, then the
 * block's own from its last, then "Tab next", then the block's first (what it is for); the help and quit keys stay.
 */
export function fitFooter(keys: readonly string[], columns: number): string[] {
  const own = keys.filter(key => !LEAST_USEFUL.includes(key) && key !== 'Tab next' && key !== QUIT && !HELP.includes(key));
  const dropOrder = [...LEAST_USEFUL, ...own.slice(1).reverse(), 'Tab next', ...own.slice(0, 1)];
  let kept = [...keys];
  const dropped: string[] = [];
  for (const key of dropOrder) {
    if (footerWidth(kept) <= columns) break;
    if (!kept.includes(key)) continue;
    kept = kept.filter(k => k !== key);
    dropped.push(key);
  }
  // The last one dropped may have made room for an earlier, shorter one: take back what fits, in its place.
  for (const key of dropped.reverse()) {
    const back = keys.filter(k => kept.includes(k) || k === key);
    if (footerWidth(back) <= columns) kept = back;
  }
  return kept;
}
