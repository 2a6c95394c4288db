import {StringDecoder} from 'node:string_decoder';
import type ssh2 from 'ssh2';
import type {Terminal} from '../terminal/Terminal.js';

/** Smallest and largest window we lay out for: 0×0 and 10000×10000 are both survivable. */
export const SIZE_LIMITS = {minColumns: 10, maxColumns: 500, minRows: 4, maxRows: 200};

export function clampSize(columns: number, rows: number): {columns: number; rows: number} {
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Number.isFinite(n) ? Math.floor(n) : lo));
  return {
    columns: clamp(columns, SIZE_LIMITS.minColumns, SIZE_LIMITS.maxColumns),
    rows: clamp(rows, SIZE_LIMITS.minRows, SIZE_LIMITS.maxRows),
  };
}

/**
 * An SSH shell channel as a Terminal. A channel has no line discipline, so the
 * newline is `\r\n`; input arrives as the client's raw bytes, and is decoded as
 * one UTF-8 stream: a character split across two packets arrives whole.
 */
export class ChannelTerminal implements Terminal {
  readonly newline = '\r\n' as const;
  columns: number;
  rows: number;
  private readonly resizeListeners = new Set<() => void>();

  constructor(
    private readonly stream: ssh2.ServerChannel,
    size: {columns: number; rows: number},
    private readonly acceptInput: (data: Buffer) => boolean = () => true,
  ) {
    ({columns: this.columns, rows: this.rows} = clampSize(size.columns, size.rows));
  }

  onInput(listener: (data: string) => void): () => void {
    // One decoder per listener: it holds at most the 3 bytes of an unfinished character.
    const decoder = new StringDecoder('utf8');
    const onData = (data: Buffer) => {
      if (!this.acceptInput(data)) return;
      const text = decoder.write(data);
      if (text !== '') listener(text);
    };
    this.stream.on('data', onData);
    return () => this.stream.off('data', onData);
  }

  write(data: string): boolean {
    if (this.stream.destroyed || this.stream.writableEnded) return true;
    return this.stream.write(data);
  }

  onDrain(listener: () => void): () => void {
    this.stream.on('drain', listener);
    return () => this.stream.off('drain', listener);
  }

  onResize(listener: () => void): () => void {
    this.resizeListeners.add(listener);
    return () => this.resizeListeners.delete(listener);
  }

  resize(columns: number, rows: number): void {
    ({columns: this.columns, rows: this.rows} = clampSize(columns, rows));
    for (const listener of this.resizeListeners) listener();
  }
}
