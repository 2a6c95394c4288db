import {type Cell, frameToGrid, type Grid, gridToText} from './cell-grid.js';

const ESC = '\u001b[';

/**
 * Writes frames to a terminal at close to the minimum cost: each frame is laid
 * onto a grid of cells and only the cells that differ from what the terminal
 * already shows are sent, with cursor moves between runs. A first frame, or one
 * after a resize, is drawn whole. When the sink is congested, frames are not
 * queued: the next write sends the difference from what was last written.
 */
export class FrameWriter {
  private shown: Grid | undefined;
  private latest: Grid | undefined;
  private lines: readonly string[] = [];
  private columns = 0;
  private rows = 0;

  /** Lays out a frame; returns the bytes that bring the screen from what it shows to it. */
  render(lines: readonly string[], columns: number, rows: number): string {
    const full = !this.shown || columns !== this.columns || rows !== this.rows;
    // A line whose text and styling did not change keeps its cells: most of a frame is unchanged after a keystroke.
    const grid = full ? frameToGrid(lines, columns, rows) : this.reuse(lines, columns, rows);
    this.lines = lines.slice(0, rows);
    this.latest = grid;
    this.columns = columns;
    this.rows = rows;
    const bytes = full ? drawAll(grid) : drawDiff(this.shown as Grid, grid);
    this.shown = grid;
    return bytes;
  }

  private reuse(lines: readonly string[], columns: number, rows: number): Grid {
    const previous = this.latest as Grid;
    const grid: Grid = [];
    for (let y = 0; y < rows; y++) {
      const line = lines[y] ?? '';
      grid.push(line === (this.lines[y] ?? '') && previous[y] ? previous[y] : frameToGrid([line], columns, 1)[0]);
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

function drawAll(grid: Grid): string {
  let out = `${ESC}0m${ESC}2J`;
  for (let y = 0; y < grid.length; y++) out += `${ESC}${y + 1};1H${drawRun(grid[y], 0, grid[y].length)}`;
  return `${out}${ESC}0m`;
}

function drawDiff(before: Grid, after: Grid): string {
  let out = '';
  for (let y = 0; y < after.length; y++) {
    const a = before[y];
    const b = after[y];
    if (a === b) continue;
    let x = 0;
    while (x < b.length) {
      if (same(a[x], b[x])) {
        x++;
        continue;
      }
      let start = x;
      // A change in the second half of a wide character redraws it from its first half.
      while (start > 0 && (b[start].width === 0 || a[start].width === 0)) start--;
      let end = x + 1;
      // Extend the run over changed cells, and over short unchanged gaps (cheaper than a cursor move).
      while (end < b.length) {
        if (!same(a[end], b[end])) {
          end++;
          continue;
        }
        let gap = end;
        while (gap < b.length && gap - end < 4 && same(a[gap], b[gap])) gap++;
        if (gap < b.length && gap - end < 4 && !same(a[gap], b[gap])) end = gap;
        else break;
      }
      while (end < b.length && b[end].width === 0) end++;
      out += `${ESC}${y + 1};${start + 1}H${drawRun(b, start, end)}`;
      x = end;
    }
  }
  return out === '' ? '' : `${out}${ESC}0m`;
}

function drawRun(row: Cell[], start: number, end: number): string {
  let out = '';
  let style: string | undefined;
  for (let x = start; x < end; x++) {
    const cell = row[x];
    if (cell.width === 0) continue;
    if (cell.style !== style) {
      out += cell.style === '' ? `${ESC}0m` : `${ESC}0;${cell.style}m`;
      style = cell.style;
    }
    out += cell.text;
  }
  return out;
}

function same(a: Cell, b: Cell): boolean {
  return a.text === b.text && a.style === b.style && a.width === b.width;
}
