import type {Terminal} from '../terminal/Terminal.js';

/** This process's own terminal: raw keys from stdin, frames to stdout, SIGWINCH as resize. */
export class ProcessTerminal implements Terminal {
  readonly newline = '\n' as const;

  constructor(
    private readonly stdin: NodeJS.ReadStream,
    private readonly stdout: NodeJS.WriteStream,
  ) {}

  get columns(): number {
    return this.stdout.columns || 80;
  }

  get rows(): number {
    return this.stdout.rows || 24;
  }

  onInput(listener: (data: string) => void): () => void {
    const onData = (data: Buffer | string) => listener(data.toString());
    this.stdin.on('data', onData);
    return () => this.stdin.off('data', onData);
  }

  write(data: string): boolean {
    return this.stdout.write(data);
  }

  onDrain(listener: () => void): () => void {
    this.stdout.on('drain', listener);
    return () => this.stdout.off('drain', listener);
  }

  onResize(listener: () => void): () => void {
    this.stdout.on('resize', listener);
    return () => this.stdout.off('resize', listener);
  }
}
