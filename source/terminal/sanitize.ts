import {headOf} from './text-budget.js';

/**
 * The one sanitizer for every string that reaches the screen, from the app or
 * from users: ESC, C0 controls (except newline), DEL and C1 controls are removed,
 * so no text can move a cursor, set a title, ring a bell or write a clipboard.
 * Tabs become spaces, because a tab's width depends on where it lands.
 *
 * Characters that have no width of their own are removed too, so the layout's
 * measure and the terminal agree on every cell and no text can shift a border or
 * reorder a line: format characters (bidi overrides and isolates, marks, zero-width
 * space and joiner, soft hyphen, tags), variation selectors and skin-tone modifiers.
 * A ZWJ emoji sequence thus shows as its parts side by side, each as wide as a
 * terminal draws it.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each of these is removed on its own, never matched as part of a cluster
const UNSHOWABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{1F3FB}-\u{1F3FF}]/gu;

export function sanitize(text: string): string {
  if (text.length === 0) return text;
  return text.replace(UNSHOWABLE, '').replace(/\t/g, '    ');
}

/** The most of a one-line text that is drawn: no label or title is longer, and a runaway one must not stall the screen. */
const LINE_CHARS = 4096;

/** For one-line places (labels, buttons, toasts): newlines become spaces too, and a runaway text is cut. */
export function sanitizeLine(text: string): string {
  return sanitize(text.length > LINE_CHARS ? `${headOf(text, LINE_CHARS)}…` : text).replace(/\n/g, ' ');
}
