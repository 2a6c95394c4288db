import {TermblocksError} from '../blocks/errors.js';

/** One Global as a store last knew it: its value and the version that value has. */
export interface GlobalEntry {
  readonly value: unknown;
  /** Counts the writes the value has had; a write based on an older version is refused. */
  readonly version: number;
}

/** One Global to write. `expected` is the version the handler read, or undefined for a write that read nothing. */
export interface GlobalWrite {
  readonly key: string;
  readonly value: unknown;
  readonly expected?: number;
}

/** What a write did: all of it committed (each key's new version, in order), or none because a key moved on. */
export type WriteResult = {readonly committed: true; readonly versions: readonly number[]} | {readonly committed: false};

/**
 * Where the `gr.Global` values of one app live. The session reads from it at once
 * (what the store last knew), writes through it with a compare-and-set on each
 * version read, and hears of changes made elsewhere. The in-process store is the
 * default; a Redis store shares the values between processes. Nothing else in the
 * session knows which one it has.
 */
export interface GlobalStore {
  /** Makes a Global known, with the app's initial value (the store may already hold one from elsewhere). */
  define(key: string, initial: unknown): void;
  /** The last known value and version, without waiting. */
  read(key: string): GlobalEntry;
  /**
   * Writes every key at once or none: each write with an `expected` version commits
   * only if the key still has it. Rejects with SharedStateUnavailableError when
   * the store cannot be reached.
   */
  write(writes: readonly GlobalWrite[]): WriteResult | Promise<WriteResult>;
  /** Called with the keys whose values changed elsewhere (another process, or a reconnect), once `read` gives the new ones. */
  subscribe(listener: (keys: readonly string[]) => void): () => void;
  close(): Promise<void>;
}

/** The toast a user sees when a write cannot reach the shared store: the event fails, the session goes on. */
export class SharedStateUnavailableError extends TermblocksError {
  constructor() {
    super('Shared state is unavailable right now, so this was not saved. Try again in a moment.', {
      title: 'Shared state unavailable',
    });
  }
}
