import stringWidth from 'string-width';

/** One terminal cell: what is drawn there and with which style. A wide character's second cell has width 0. */
export interface Cell {
  text: string;
  width: 0 | 1 | 2;
  /** SGR parameters that draw it, in a canonical order ('' for the default look). */
  style: string;
}

export type Grid = Cell[][];

interface Sgr {
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
  inverse: boolean;
  strike: boolean;
  fg: string;
  bg: string;
}

const segmenter = new Intl.Segmenter();

const blank = (): Cell => ({text: ' ', width: 1, style: ''});

/**
 * Lays a frame (lines of text with SGR styling, as Ink renders them) onto a grid of
 * `columns` × `rows` cells, cutting what overflows and padding with blanks. Escape
 * sequences other than SGR are dropped.
 */
export function frameToGrid(lines: readonly string[], columns: number, rows: number): Grid {
  const grid: Grid = [];
  for (let y = 0; y < rows; y++) grid.push(lineToCells(lines[y] ?? '', columns));
  return grid;
}

function lineToCells(line: string, columns: number): Cell[] {
  const cells: Cell[] = [];
  const sgr: Sgr = {bold: false, dim: false, italic: false, underline: false, inverse: false, strike: false, fg: '', bg: ''};
  let style = '';
  let i = 0;
  while (i < line.length && cells.length < columns) {
    const code = line.charCodeAt(i);
    if (code === 0x1b) {
      const match = /^\u001b\[([0-9;]*)([A-Za-z])/.exec(line.slice(i, i + 64));
      if (match) {
        if (match[2] === 'm') {
          applySgr(sgr, match[1]);
          style = styleKey(sgr);
        }
        i += match[0].length;
        continue;
      }
      // OSC (hyperlinks and the like): skip to its terminator.
      const osc = /^\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/.exec(line.slice(i));
      i += osc ? osc[0].length : 1;
      continue;
    }
    if (code >= 0x20 && code < 0x7f) {
      cells.push({text: line[i], width: 1, style});
      i++;
      continue;
    }
    // Non-ASCII: take one grapheme and measure it.
    const rest = line.slice(i, i + 32);
    const grapheme = segmenter.segment(rest)[Symbol.iterator]().next().value?.segment ?? line[i];
    i += grapheme.length;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    const width = stringWidth(grapheme);
    if (width === 0) continue;
    if (width === 2) {
      if (cells.length + 2 > columns) break;
      cells.push({text: grapheme, width: 2, style}, {text: '', width: 0, style});
    } else {
      cells.push({text: grapheme, width: 1, style});
    }
  }
  while (cells.length < columns) cells.push(blank());
  return cells;
}

function applySgr(sgr: Sgr, params: string): void {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k];
    if (c === 0)
      Object.assign(sgr, {
        bold: false,
        dim: false,
        italic: false,
        underline: false,
        inverse: false,
        strike: false,
        fg: '',
        bg: '',
      });
    else if (c === 1) sgr.bold = true;
    else if (c === 2) sgr.dim = true;
    else if (c === 3) sgr.italic = true;
    else if (c === 4) sgr.underline = true;
    else if (c === 7) sgr.inverse = true;
    else if (c === 9) sgr.strike = true;
    else if (c === 22) sgr.bold = sgr.dim = false;
    else if (c === 23) sgr.italic = false;
    else if (c === 24) sgr.underline = false;
    else if (c === 27) sgr.inverse = false;
    else if (c === 29) sgr.strike = false;
    else if ((c >= 30 && c <= 37) || (c >= 90 && c <= 97)) sgr.fg = String(c);
    else if (c === 39) sgr.fg = '';
    else if ((c >= 40 && c <= 47) || (c >= 100 && c <= 107)) sgr.bg = String(c);
    else if (c === 49) sgr.bg = '';
    else if (c === 38 || c === 48) {
      const extended = codes[k + 1] === 5 ? codes.slice(k, k + 3) : codes.slice(k, k + 5);
      k += extended.length - 1;
      if (c === 38) sgr.fg = extended.join(';');
      else sgr.bg = extended.join(';');
    }
  }
}

function styleKey(sgr: Sgr): string {
  const parts: string[] = [];
  if (sgr.bold) parts.push('1');
  if (sgr.dim) parts.push('2');
  if (sgr.italic) parts.push('3');
  if (sgr.underline) parts.push('4');
  if (sgr.inverse) parts.push('7');
  if (sgr.strike) parts.push('9');
  if (sgr.fg) parts.push(sgr.fg);
  if (sgr.bg) parts.push(sgr.bg);
  return parts.join(';');
}

/** The grid as plain text, one line per row, trailing blanks trimmed. */
export function gridToText(grid: Grid): string {
  return grid
    .map(row =>
      row
        .map(c => c.text)
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
