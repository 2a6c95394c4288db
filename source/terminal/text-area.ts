import wrapAnsi from 'wrap-ansi';
import {sanitize} from './sanitize.js';

/**
 * Which part of an editable multi-line Textbox to draw. As in Gradio, the box
 * holds between `lines` and `maxLines` rows: it grows as its text wraps onto more
 * rows, and past `maxLines` it shows the rows around the cursor. Rows are counted
 * as Ink wraps them (wrap-ansi, word wrap with hard breaks), on whole lines of the
 * text, so the part drawn starts at a line's start and wraps as it would in place.
 */
export interface TextAreaWindow {
  /** Offsets into the text: the part drawn is text.slice(start, end). */
  start: number;
  end: number;
  /** The rows that part takes, at most maxLines unless the cursor's own line is longer. */
  rows: number;
  /** Whether text before or after the part drawn is hidden. */
  above: boolean;
  below: boolean;
}

/** Lines longer than this are not measured row by row: the box then shows a window of characters around the cursor. */
const MEASURED_LINE_CHARS = 4096;

/** The rows a line of text takes `width` cells wide, as Ink wraps it. */
export function rowsOf(line: string, width: number): number {
  if (line === '') return 1;
  if (line.length > MEASURED_LINE_CHARS) return Math.ceil(line.length / Math.max(1, width));
  return wrapAnsi(sanitize(line), Math.max(1, width), {trim: false, hard: true}).split('\n').length;
}

/**
 * The whole lines around the cursor that fit in `maxLines` rows: the cursor's
 * line first, then earlier lines (the text just typed stays in view), then later ones.
 */
export function textAreaWindow(text: string, cursor: number, width: number, maxLines: number): TextAreaWindow {
  // Only lines near the cursor can fit: `maxLines` rows hold at most `reach` characters, so
  // a line starting (or ending) further away never shows. A 10 MB paste is not split per frame.
  const reach = (maxLines + 1) * (Math.max(1, width) + 1);
  const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
  const lineEnd = text.indexOf('\n', cursor) === -1 ? text.length : text.indexOf('\n', cursor);
  const from = cursor - reach <= 0 ? 0 : Math.min(lineStart, text.indexOf('\n', cursor - reach) + 1);
  const to = cursor + reach >= text.length ? text.length : Math.max(lineEnd, text.lastIndexOf('\n', cursor + reach));
  if (from === 0 && to === text.length) return wholeLinesWindow(text, cursor, width, maxLines);
  const near = wholeLinesWindow(text.slice(from, to), cursor - from, width, maxLines);
  return {
    start: near.start + from,
    end: near.end + from,
    rows: near.rows,
    above: near.above || from > 0,
    below: near.below || to < text.length,
  };
}

function wholeLinesWindow(text: string, cursor: number, width: number, maxLines: number): TextAreaWindow {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  let at = 0;
  while (at + 1 < lines.length && (starts[at + 1] ?? Infinity) <= cursor) at++;
  let first = at;
  let last = at;
  let rows = rowsOf(lines[at] ?? '', width);
  while (first > 0 && rows + rowsOf(lines[first - 1] ?? '', width) <= maxLines) rows += rowsOf(lines[--first] ?? '', width);
  while (last + 1 < lines.length && rows + rowsOf(lines[last + 1] ?? '', width) <= maxLines)
    rows += rowsOf(lines[++last] ?? '', width);
  const start = starts[first] ?? 0;
  const end = (starts[last] ?? 0) + (lines[last] ?? '').length;
  return {start, end, rows, above: first > 0, below: last + 1 < lines.length};
}

/**
 * What an editable multi-line box draws: `text.slice(start, end)`, the cursor at `at`,
 * in a box at least `lines` rows high. When the cursor's own line is longer than the
 * box (`tooLong`), the box is `most` rows high and shows the rows ending just past the cursor.
 */
export interface TextAreaPart {
  start: number;
  end: number;
  at: number;
  most: number;
  tooLong: boolean;
}

/** The part of `text` a box of `lines`..`maxLines` rows, `width` cells wide, draws with the cursor at `cursor` (the end when not editing). */
export function textAreaPart(
  text: string,
  cursor: number | undefined,
  width: number,
  lines: number,
  maxLines: number,
): TextAreaPart {
  const most = Math.max(lines, maxLines);
  const at = Math.min(cursor ?? text.length, text.length);
  const window = textAreaWindow(text, at, width, most);
  const tooLong = window.rows > most;
  const end = tooLong ? Math.min(window.end, at + width) : window.end;
  return {start: window.start, end, at, most, tooLong};
}

/** Where the part of a text drawn around its cursor starts: a 10 MB paste must not cost 10 MB per frame. */
export function editableSpan(text: string, cursor: number | undefined, lines: number, width: number) {
  const at = cursor === undefined ? text.length : Math.min(cursor, text.length);
  const span = Math.max(16, width * lines);
  return {start: Math.max(0, at - span), at, span};
}
