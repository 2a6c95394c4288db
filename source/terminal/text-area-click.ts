import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import {sanitize} from './sanitize.js';
import {editableSpan, textAreaPart} from './text-area.js';

/** A multi-line box as the last frame drew it: its text, its cursor then (undefined when it was not being edited), its size. */
export interface DrawnTextArea {
  text: string;
  cursor: number | undefined;
  /** Cells inside the border and padding. */
  width: number;
  lines: number;
  maxLines: number;
}

/** One drawn cell run: the characters that stand for the text at `offset` (a tab is four spaces, the cursor a space). */
interface Piece {
  drawn: string;
  offset: number;
}

/**
 * The pieces of the string the box hands Ink, in order, each tied to the offset in the
 * whole text it shows: the same slices, cursor cell and sanitizing as Textbox.tsx's
 * TextArea and EditableText, so the rows wrap here as they did on the screen.
 */
function drawnPieces(box: DrawnTextArea): {pieces: Piece[]; part: ReturnType<typeof textAreaPart>} {
  const part = textAreaPart(box.text, box.cursor, box.width, box.lines, box.maxLines);
  const visible = box.text.slice(part.start, part.end);
  const local = box.cursor === undefined ? undefined : part.at - part.start;
  const {start, at, span} = editableSpan(visible, local, part.most, box.width);
  const pieces: Piece[] = [];
  const add = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const char = String.fromCodePoint(visible.codePointAt(i) ?? 0);
      pieces.push({drawn: sanitize(char), offset: part.start + i});
      i += char.length;
    }
  };
  add(start, at);
  if (local === undefined) {
    add(at, Math.min(visible.length, at + 1 + span));
    return {pieces, part};
  }
  const under = visible.slice(at, at + 1);
  const cell = under === '' || under === '\n' || sanitize(under) === '' ? ' ' : sanitize(under);
  pieces.push({drawn: cell, offset: part.start + at});
  if (under === '\n') pieces.push({drawn: '\n', offset: part.start + at});
  add(at + 1, Math.min(visible.length, at + 1 + span));
  return {pieces, part};
}

/** A drawn row: where each of its cells' text starts (offset and first column), and the offset its end stands for. */
interface Row {
  cells: {offset: number; column: number; width: number}[];
  /** Where a click past the row's last cell puts the cursor: a line's end, or its last cell when the line wraps on. */
  endOffset: number;
}

/** The rows Ink drew, matched back to the text: wrap-ansi (trim off) keeps every character, so the rows are the pieces in order. */
function drawnRows(pieces: Piece[], width: number, textEnd: number): Row[] {
  const whole = pieces.map(p => p.drawn).join('');
  const wrapped = wrapAnsi(whole, Math.max(1, width), {trim: false, hard: true}).split('\n');
  // Each character of the drawn string, with the piece it comes from.
  const chars: {char: string; piece: Piece}[] = [];
  for (const piece of pieces) for (const char of piece.drawn) chars.push({char, piece});
  const rows: Row[] = [];
  let next = 0;
  for (const text of wrapped) {
    const row: Row = {cells: [], endOffset: textEnd};
    let column = 0;
    for (const char of text) {
      while (next < chars.length && chars[next].char !== char) next++;
      const from = chars[next]?.piece;
      next++;
      if (!from) break;
      const width = stringWidth(char);
      const last = row.cells.at(-1);
      // The four spaces of a tab are one cell run for the tab.
      if (last && last.offset === from.offset) last.width += width;
      else row.cells.push({offset: from.offset, column, width});
      column += width;
    }
    const hardBreak = chars[next]?.char === '\n';
    if (hardBreak) {
      row.endOffset = chars[next].piece.offset;
      next++;
    } else if (next < chars.length) row.endOffset = row.cells.at(-1)?.offset ?? textEnd;
    rows.push(row);
  }
  return rows;
}

/**
 * Where a click at (`row`, `column`) inside a multi-line box's border and padding puts
 * the cursor, as an offset into its text: the character drawn at that cell, counting
 * the rows the text wraps onto and the window of whole lines the box showed. Past a
 * row's end it is that line's end; above or below the text, the shown part's start or end.
 */
export function textAreaOffsetAt(box: DrawnTextArea, row: number, column: number): number {
  const {pieces, part} = drawnPieces(box);
  const rows = drawnRows(pieces, box.width, part.end);
  // Text that fits starts on the box's first row; a part longer than the box shows its last `most` rows (see TextArea).
  const at = part.tooLong ? row - (part.most - rows.length) : row;
  if (at < 0) return part.start;
  const drawn = rows[at];
  if (!drawn) return part.end;
  const cell = drawn.cells.find(c => column >= c.column && column < c.column + c.width);
  if (cell) return cell.offset;
  return column < 0 ? (drawn.cells[0]?.offset ?? drawn.endOffset) : drawn.endOffset;
}
