import xterm from '@xterm/headless';
import type {Terminal} from '../terminal/Terminal.js';
import type {KeyModes} from './key-bytes.js';
import {type CellColour, type CellStyle, type StyledRun, sameStyle} from './screen-cells.js';

type Listener<T extends unknown[] = []> = (...args: T) => void;

function subscribe<T>(set: Set<T>, listener: T): () => void {
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * A terminal with no screen: the app writes to an xterm.js emulator that
 * interprets the bytes exactly as a real terminal would, and the tape reads the
 * result back as text or styled cells. It never pushes back (a recording
 * consumes everything), so `write` always returns true.
 */
export class VirtualTerminal implements Terminal {
  readonly newline = '\r\n';
  private readonly emulator: xterm.Terminal;
  private readonly inputListeners = new Set<Listener<[string]>>();
  private readonly resizeListeners = new Set<Listener>();
  private readonly outputListeners = new Set<Listener<[string]>>();

  /** The app asked for mouse reports in SGR form (mode 1006), which is what `Click` and `Scroll` send. */
  private sgrMouse = false;

  constructor(columns: number, rows: number) {
    this.emulator = new xterm.Terminal({cols: columns, rows, scrollback: 1000, allowProposedApi: true});
    // xterm.js keeps the report encoding to itself: watch the app's mode switches for it (and let xterm.js act too).
    for (const final of ['h', 'l'] as const) {
      this.emulator.parser.registerCsiHandler({prefix: '?', final}, params => {
        if (params.includes(1006)) this.sgrMouse = final === 'h';
        return false;
      });
    }
  }

  get columns(): number {
    return this.emulator.cols;
  }

  get rows(): number {
    return this.emulator.rows;
  }

  onInput(listener: (data: string) => void): () => void {
    return subscribe(this.inputListeners, listener);
  }

  onResize(listener: () => void): () => void {
    return subscribe(this.resizeListeners, listener);
  }

  onDrain(): () => void {
    return () => {};
  }

  /** Subscribes to every byte the app writes (what a recorder records). */
  onOutput(listener: (data: string) => void): () => void {
    return subscribe(this.outputListeners, listener);
  }

  /** Writes xterm.js has not parsed yet: a flush with none costs nothing (each write waits a timer). */
  private unparsed = 0;

  write(data: string): boolean {
    this.unparsed++;
    this.emulator.write(data, () => {
      this.unparsed--;
    });
    for (const listener of this.outputListeners) listener(data);
    return true;
  }

  /** Sends bytes to the app, as keys typed on this terminal. */
  send(data: string): void {
    if (data === '') return;
    for (const listener of this.inputListeners) listener(data);
  }

  /** Resolves when everything written so far has been interpreted (xterm.js parses asynchronously). */
  flush(): Promise<void> {
    // Most steps write nothing after the last flush (a press settles twice): answer those at once.
    if (this.unparsed === 0) return Promise.resolve();
    return new Promise(resolve => this.emulator.write('', resolve));
  }

  resize(columns: number, rows: number): void {
    this.emulator.resize(columns, rows);
    for (const listener of this.resizeListeners) listener();
  }

  /** Moves the view over the scrollback by `rows` (negative: up), as a mouse wheel would; the app sees nothing. */
  scrollLines(rows: number): void {
    this.emulator.scrollLines(rows);
  }

  get keyModes(): KeyModes {
    return {applicationCursorKeys: this.emulator.modes.applicationCursorKeysMode};
  }

  /** Whether the app asked for mouse presses (mode 1000 or more) reported as SGR sequences (1006), as a terminal would send them. */
  get mouseReports(): boolean {
    return this.sgrMouse && this.emulator.modes.mouseTrackingMode !== 'none';
  }

  /** Whether the app asked for pastes to be bracketed (mode 2004), so a paste arrives as one. */
  get bracketedPaste(): boolean {
    return this.emulator.modes.bracketedPasteMode;
  }

  /** The screen as text: one string per row, trailing spaces trimmed (as VHS's golden files have it). */
  lines(): string[] {
    const buffer = this.emulator.buffer.active;
    return Array.from(
      {length: this.rows},
      (_, row) =>
        buffer
          .getLine(buffer.viewportY + row)
          ?.translateToString(true)
          .trimEnd() ?? '',
    );
  }

  /** The screen as one string, rows joined by `\n`. */
  text(): string {
    return this.lines().join('\n');
  }

  /** The row the cursor is on, as text. */
  cursorLine(): string {
    const buffer = this.emulator.buffer.active;
    return (
      buffer
        .getLine(buffer.viewportY + buffer.cursorY)
        ?.translateToString(true)
        .trimEnd() ?? ''
    );
  }

  cursor(): {column: number; row: number} {
    const buffer = this.emulator.buffer.active;
    return {column: buffer.cursorX, row: buffer.cursorY};
  }

  /** The screen with its colours and attributes: for each row, runs of cells that share a style. */
  styledLines(): StyledRun[][] {
    const buffer = this.emulator.buffer.active;
    const cell = buffer.getNullCell();
    const result: StyledRun[][] = [];
    for (let row = 0; row < this.rows; row++) {
      const line = buffer.getLine(buffer.viewportY + row);
      const runs: StyledRun[] = [];
      for (let column = 0; line && column < this.columns; column++) {
        line.getCell(column, cell);
        const width = cell.getWidth();
        if (width === 0) continue; // the second half of a wide character
        const style = styleOf(cell);
        const text = cell.getChars() || ' ';
        const last = runs.at(-1);
        if (last && sameStyle(last.style, style)) {
          last.text += text;
          last.width += width;
        } else runs.push({text, column, width, style});
      }
      result.push(runs);
    }
    return result;
  }

  dispose(): void {
    this.emulator.dispose();
  }
}

function styleOf(cell: xterm.IBufferCell): CellStyle {
  return {
    fg: colourOf(cell.isFgDefault(), cell.isFgPalette(), cell.getFgColor()),
    bg: colourOf(cell.isBgDefault(), cell.isBgPalette(), cell.getBgColor()),
    bold: cell.isBold() !== 0,
    dim: cell.isDim() !== 0,
    italic: cell.isItalic() !== 0,
    underline: cell.isUnderline() !== 0,
    strikethrough: cell.isStrikethrough() !== 0,
    inverse: cell.isInverse() !== 0,
    invisible: cell.isInvisible() !== 0,
  };
}

function colourOf(isDefault: boolean, isPalette: boolean, value: number): CellColour {
  if (isDefault) return {kind: 'default'};
  if (isPalette) return {kind: 'palette', index: value};
  return {kind: 'rgb', value};
}
