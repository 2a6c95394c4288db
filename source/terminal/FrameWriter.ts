import {frameToGrid, type Grid, gridToText, isWideTail, type Row, rowFor, rowText, sameCell} from './cell-grid.js';
import {withoutColours} from './no-color.js';

const ESC = '\u001b[';

/**
 * Writes frames to a terminal at close to the minimum cost: each frame is laid
 * onto a grid of cells and only the cells that differ from what the terminal
 * already shows are sent, with cursor moves between runs. A first frame, or one
 * after a resize, is drawn whole. When the sink is congested, frames are not
 * queued: the next write sends the difference from what was last written.
 */
export class FrameWriter {
  /** What the terminal shows; undefined when it must be drawn whole. */
  private shown: Grid | undefined;
  /** The latest frame (the same rows as `shown` unless the screen was invalidated since). */
  private latest: Grid | undefined;
  /** The SGR style the terminal is left in after our last write, so the next write need not reset it. */
  private style = '';
  private columns = 0;
  private rows = 0;

  /** With `colours: false` (NO_COLOR), frames are drawn without foreground or background colours. */
  constructor(private readonly options: {colours?: boolean} = {}) {}

  /** Lays out a frame; returns the bytes that bring the screen from what it shows to it. */
  render(styledLines: readonly string[], columns: number, rows: number): string {
    const lines = this.options.colours === false ? styledLines.map(withoutColours) : styledLines;
    const full = !this.shown || columns !== this.columns || rows !== this.rows;
    // A line whose text and styling did not change keeps its cells: most of a frame is unchanged after a keystroke.
    const grid = full ? frameToGrid(lines, columns, rows) : this.reuse(lines, columns, rows);
    this.latest = grid;
    this.columns = columns;
    this.rows = rows;
    const pen = {style: full ? '' : this.style};
    const bytes = full ? drawAll(grid, pen) : drawDiff(this.shown as Grid, grid, pen);
    this.style = pen.style;
    this.shown = grid;
    return bytes;
  }

  private reuse(lines: readonly string[], columns: number, rows: number): Grid {
    const previous = this.latest as Grid;
    const grid: Row[] = [];
    for (let y = 0; y < rows; y++) {
      const line = lines[y] ?? '';
      grid.push(previous[y] && line === previous[y].line ? previous[y] : rowFor(line, columns));
    }
    return grid;
  }

  /** Forgets what the screen shows, so the next frame is drawn whole (after a resize or a redraw request). */
  invalidate(): void {
    this.shown = undefined;
  }

  /** The latest frame as text. */
  text(): string {
    return this.latest ? gridToText(this.latest) : '';
  }
}

/** The style the terminal currently draws with; the draw functions keep it up to date. */
interface Pen {
  style: string;
}

function drawAll(grid: Grid, pen: Pen): string {
  let out = `${ESC}0m${ESC}2J`;
  pen.style = '';
  for (let y = 0; y < grid.length; y++) out += `${ESC}${y + 1};1H${drawRun(grid[y], 0, grid[y].styles.length, pen)}`;
  return out;
}

function drawDiff(before: Grid, after: Grid, pen: Pen): string {
  let out = '';
  for (let y = 0; y < after.length; y++) {
    const a = before[y];
    const b = after[y];
    if (a === b) continue;
    const length = b.styles.length;
    let x = 0;
    while (x < length) {
      if (sameCell(a, b, x)) {
        x++;
        continue;
      }
      let start = x;
      // A change in the second half of a wide character redraws it from its first half.
      while (start > 0 && (isWideTail(b, start) || isWideTail(a, start))) start--;
      let end = x + 1;
      // Extend the run over changed cells, and over short unchanged gaps (cheaper than a cursor move).
      while (end < length) {
        if (!sameCell(a, b, end)) {
          end++;
          continue;
        }
        let gap = end;
        while (gap < length && gap - end < 4 && sameCell(a, b, gap)) gap++;
        if (gap < length && gap - end < 4 && !sameCell(a, b, gap)) end = gap;
        else break;
      }
      while (end < length && isWideTail(b, end)) end++;
      out += `${ESC}${y + 1};${start + 1}H${drawRun(b, start, end, pen)}`;
      x = end;
    }
  }
  return out;
}

/** Cells `start` to `end` of a row, style by style. A wide character's second half has its first half's style. */
function drawRun(row: Row, start: number, end: number, pen: Pen): string {
  let out = '';
  let x = start;
  while (x < end) {
    const index = row.styles.charCodeAt(x);
    let stop = x + 1;
    while (stop < end && row.styles.charCodeAt(stop) === index) stop++;
    const style = row.palette[index];
    if (style !== pen.style) {
      out += switchStyle(pen.style, style);
      pen.style = style;
    }
    out += rowText(row, x, stop);
    x = stop;
  }
  return out;
}

/** The shortest SGR sequence from one style to another: add to the default, reset to it, or reset and set. */
function switchStyle(from: string, to: string): string {
  if (to === '') return `${ESC}m`;
  if (from === '') return `${ESC}${to}m`;
  return `${ESC}0;${to}m`;
}
