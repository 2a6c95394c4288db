/**
 * How much of a long text a view hands to Ink. Laying text out costs time in
 * proportion to its length (about 5 µs a character), and on a server that time
 * is taken from every user: a 1 MB paste echoed into a chat took 17 s to draw.
 * A box shows at most `lines` lines of at most `columns` characters each, so a
 * view draws only the part of its text that could reach the screen; the rest is
 * marked as cut, and the box's scrolling brings more in when asked. Text up to
 * WHOLE_CHARS is drawn whole, so a box of ordinary size knows its exact height.
 */

/** Text this long or shorter is drawn whole (tens of milliseconds at most to lay out). */
export const WHOLE_CHARS = 16384;

/**
 * The part of a box's text to draw when `reach` lines from its top (or its
 * bottom) can show: all of it, or the head (or tail) that fills them.
 */
export function drawnPart(text: string, reach: number, columns: number, fromBottom: boolean): string {
  if (text.length <= WHOLE_CHARS) return text;
  return fromBottom ? tailOf(text, charsFor(reach, columns)) : headOf(text, charsFor(reach, columns));
}

/** The most characters that can fill `lines` screen lines `columns` wide, and one line more. */
export function charsFor(lines: number, columns: number): number {
  return (Math.max(0, lines) + 1) * Math.max(1, columns);
}

/** The first `max` characters of `text`, never splitting an emoji's two halves. */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}

/** The last `max` characters of `text`, after a `…` when it was cut, never splitting an emoji's two halves. */
export function tailOf(text: string, max: number): string {
  if (text.length <= max) return text;
  let start = text.length - max;
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  return `…${text.slice(start)}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
