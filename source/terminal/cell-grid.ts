import stringWidth from 'string-width';

/**
 * One screen row of cells, stored compactly: a server holds one per row of every
 * session's screen, and a hangman screen is 1920 cells. A cell's text is what is
 * drawn there ('' for the second half of a wide character); its style is the SGR
 * parameters that draw it, in a canonical order ('' for the default look). Rows
 * are immutable and shared: the same line at the same width is the same Row,
 * whichever session shows it. Read cells with `cellText` and `cellStyle`.
 */
export interface Row {
  /** The line (text with SGR styling, as Ink renders it) this row was laid out from. */
  readonly line: string;
  /**
   * Every cell's text when each is one UTF-16 code unit (the usual case), one code
   * unit per cell, NUL for a wide character's second half; else undefined.
   */
  readonly chars: string | undefined;
  /** Every cell's text, when some cell's text is longer than one code unit (emoji, combining marks). */
  readonly texts: readonly string[] | undefined;
  /** The distinct styles of this row. */
  readonly palette: readonly string[];
  /** One code unit per cell: its style's index in `palette`. */
  readonly styles: string;
}

export type Grid = readonly Row[];

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

const WIDE_TAIL = '\u0000';
const segmenter = new Intl.Segmenter();

/**
 * A bounded map that forgets everything when full, for small values worth sharing
 * across rows and sessions: forgetting costs only sharing, never correctness.
 */
class SharedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/** Rows by width, then line; all widths share one budget of about 1 MB of line text. */
const rowsByWidth = new Map<number, Map<string, Row>>();
const ROW_CACHE_CHARS = 1 << 20;
let rowCacheChars = 0;
/** Display width of a grapheme. string-width segments its input, and each segmentation allocates native memory. */
const widths = new SharedCache<number>(4096);
/** Styles and palettes, so rows share them instead of holding copies. */
const styles = new SharedCache<string>(1024);
const palettes = new SharedCache<readonly string[]>(1024);

/**
 * Lays a frame (lines of text with SGR styling, as Ink renders them) onto a grid of
 * `columns` × `rows` cells, cutting what overflows and padding with blanks. Escape
 * sequences other than SGR are dropped.
 */
export function frameToGrid(lines: readonly string[], columns: number, rowCount: number): Grid {
  const grid: Row[] = [];
  for (let y = 0; y < rowCount; y++) grid.push(rowFor(lines[y] ?? '', columns));
  return grid;
}

/** The row a line lays out to at `columns` wide; the same Row for the same line while it is in use. */
export function rowFor(line: string, columns: number): Row {
  let rows = rowsByWidth.get(columns);
  const cached = rows?.get(line);
  if (cached) return cached;
  const weight = line.length + columns;
  if (rowCacheChars + weight > ROW_CACHE_CHARS) {
    // Forget every row at once: screens keep the rows they show, only sharing is lost.
    rowsByWidth.clear();
    rowCacheChars = 0;
    rows = undefined;
  }
  if (!rows) {
    rows = new Map();
    rowsByWidth.set(columns, rows);
  }
  const own = detached(line);
  const row = lineToRow(own, columns);
  rows.set(own, row);
  rowCacheChars += weight;
  return row;
}

/**
 * The line as a string of its own. A line split from a frame is a slice that keeps
 * the whole frame alive; a cached row must hold only its line.
 */
function detached(line: string): string {
  return ` ${line}`.slice(1);
}

/** What cell `x` of a row shows: '' for the second half of a wide character. */
export function cellText(row: Row, x: number): string {
  if (row.texts) return row.texts[x];
  const text = (row.chars as string)[x];
  return text === WIDE_TAIL ? '' : text;
}

export function cellStyle(row: Row, x: number): string {
  return row.palette[row.styles.charCodeAt(x)];
}

/** Whether cell `x` is the second half of a wide character. */
export function isWideTail(row: Row, x: number): boolean {
  return row.texts ? row.texts[x] === '' : (row.chars as string).charCodeAt(x) === 0;
}

/** Whether cell `x` shows the same in both rows (text and style). */
export function sameCell(a: Row, b: Row, x: number): boolean {
  if (a.chars !== undefined && b.chars !== undefined) {
    if (a.chars.charCodeAt(x) !== b.chars.charCodeAt(x)) return false;
  } else if (cellText(a, x) !== cellText(b, x)) return false;
  return a.palette[a.styles.charCodeAt(x)] === b.palette[b.styles.charCodeAt(x)];
}

/** The text of cells `start` to `end` (exclusive), wide characters' second halves left out. */
export function rowText(row: Row, start: number, end: number): string {
  if (row.texts) return row.texts.slice(start, end).join('');
  const text = (row.chars as string).slice(start, end);
  return text.includes(WIDE_TAIL) ? text.replaceAll(WIDE_TAIL, '') : text;
}

/** The scratch of the row being laid out; lines are laid out one at a time. */
const cellTexts: string[] = [];
const cellStyles: number[] = [];

function lineToRow(line: string, columns: number): Row {
  cellTexts.length = 0;
  cellStyles.length = 0;
  const palette: string[] = [''];
  let single = true;
  const sgr: Sgr = {bold: false, dim: false, italic: false, underline: false, inverse: false, strike: false, fg: '', bg: ''};
  let style = 0;
  const push = (text: string) => {
    cellTexts.push(text);
    cellStyles.push(style);
  };
  let i = 0;
  while (i < line.length && cellTexts.length < columns) {
    const code = line.charCodeAt(i);
    if (code === 0x1b) {
      const match = /^\u001b\[([0-9;]*)([A-Za-z])/.exec(line.slice(i, i + 64));
      if (match) {
        if (match[2] === 'm') {
          applySgr(sgr, match[1]);
          const key = styleKey(sgr);
          style = palette.indexOf(key);
          if (style === -1) style = palette.push(key) - 1;
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
      push(line[i]);
      i++;
      continue;
    }
    // Non-ASCII: take one grapheme and measure it. Most are one code unit that nothing
    // joins (box drawing, accented letters), and need no segmenter.
    const grapheme = standsAlone(line, i) ? line[i] : firstGrapheme(line, i);
    i += grapheme.length;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    const width = widthOf(grapheme);
    if (width === 0) continue;
    if (grapheme.length > 1) single = false;
    if (width === 2) {
      if (cellTexts.length + 2 > columns) break;
      push(grapheme);
      push(single ? WIDE_TAIL : '');
    } else {
      push(grapheme);
    }
  }
  while (cellTexts.length < columns) {
    cellTexts.push(' ');
    cellStyles.push(0);
  }
  return {
    line,
    chars: single ? cellTexts.join('') : undefined,
    texts: single ? undefined : cellTexts.map(text => (text === WIDE_TAIL ? '' : text)),
    palette: sharedPalette(palette),
    styles: String.fromCharCode(...cellStyles),
  };
}

function firstGrapheme(line: string, i: number): string {
  for (const {segment} of segmenter.segment(line.slice(i, i + 32))) return segment;
  return line[i];
}

/**
 * Whether the code unit at `i` is a grapheme on its own: it is in a range whose
 * characters never join with a neighbour (no combining marks, joiners, Hangul,
 * surrogates or prepended marks), and so is the next one, or that is ASCII.
 */
function standsAlone(line: string, i: number): boolean {
  if (!neverJoins(line.charCodeAt(i))) return false;
  if (i + 1 >= line.length) return true;
  const next = line.charCodeAt(i + 1);
  return next < 0x7f || neverJoins(next);
}

function neverJoins(code: number): boolean {
  return (
    (code >= 0x00a0 && code <= 0x02ff) || // Latin-1, Latin Extended, IPA, modifier letters
    (code >= 0x0370 && code <= 0x0482) || // Greek, Cyrillic (before its combining marks)
    (code >= 0x048a && code <= 0x052f) ||
    (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, bullets, ellipsis
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x2070 && code <= 0x20cf) || // super- and subscripts, currency
    (code >= 0x2100 && code <= 0x2bff) || // letterlike, arrows, maths, box drawing, blocks, shapes, symbols
    (code >= 0x4e00 && code <= 0x9fff) // CJK ideographs
  );
}

function widthOf(grapheme: string): number {
  return widths.get(grapheme) ?? widths.set(grapheme, stringWidth(grapheme));
}

function sharedStyle(style: string): string {
  return styles.get(style) ?? styles.set(style, style);
}

function sharedPalette(palette: string[]): readonly string[] {
  if (palette.length === 1) return DEFAULT_PALETTE;
  const key = palette.join('|');
  return palettes.get(key) ?? palettes.set(key, palette.map(sharedStyle));
}

const DEFAULT_PALETTE: readonly string[] = [''];

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
  return grid.map(row => rowText(row, 0, row.styles.length).trimEnd()).join('\n');
}
