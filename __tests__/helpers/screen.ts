import xterm from '@xterm/headless';
import type {Terminal} from '../../source/terminal/Terminal.js';

/**
 * A terminal for tests: what the renderer writes goes into a real terminal
 * emulator (@xterm/headless), so tests read the screen a user would see.
 */
export class TestTerminal implements Terminal {
  readonly newline = '\r\n' as const;
  readonly emulator: InstanceType<typeof xterm.Terminal>;
  bytesWritten = 0;
  /** When false, write() reports a congested sink, like a client that stopped reading. */
  accepting = true;
  private inputListeners = new Set<(data: string) => void>();
  private resizeListeners = new Set<() => void>();
  private drainListeners = new Set<() => void>();

  constructor(
    public columns = 100,
    public rows = 30,
  ) {
    this.emulator = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
  }

  onInput(listener: (data: string) => void): () => void {
    this.inputListeners.add(listener);
    return () => this.inputListeners.delete(listener);
  }

  onResize(listener: () => void): () => void {
    this.resizeListeners.add(listener);
    return () => this.resizeListeners.delete(listener);
  }

  onDrain(listener: () => void): () => void {
    this.drainListeners.add(listener);
    return () => this.drainListeners.delete(listener);
  }

  write(data: string): boolean {
    this.bytesWritten += Buffer.byteLength(data);
    this.emulator.write(data);
    return this.accepting;
  }

  /** The user types or pastes these bytes. */
  type(data: string): void {
    for (const listener of this.inputListeners) listener(data);
  }

  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emulator.resize(columns, rows);
    for (const listener of this.resizeListeners) listener();
  }

  drain(): void {
    this.accepting = true;
    for (const listener of this.drainListeners) listener();
  }

  /** The screen as text, trailing blanks trimmed, after every write has been interpreted. */
  async screen(): Promise<string> {
    return (await readScreen(this.emulator)).replace(/\n+$/, '');
  }
}

/** What an emulator shows, one line per row with trailing blanks trimmed, once everything written is interpreted. */
export function readScreen(emulator: InstanceType<typeof xterm.Terminal>): Promise<string> {
  return new Promise(resolve =>
    emulator.write('', () => {
      const buffer = emulator.buffer.active;
      const lines: string[] = [];
      for (let y = 0; y < emulator.rows; y++)
        lines.push((buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '').trimEnd());
      resolve(lines.join('\n'));
    }),
  );
}
