/**
 * The one thing every front end hands the renderer: a terminal. Local (`run`),
 * SSH (`serve`), the tape runner (`demo`) and tests all implement it, so the
 * renderer never touches `process.stdin`/`process.stdout` and a test of one front
 * end exercises the same path as the others.
 */
export interface Terminal {
  /** Subscribes to what the user sends: key bytes, escape sequences, bracketed pastes. Returns an unsubscribe. */
  onInput(listener: (data: string) => void): () => void;
  /**
   * Writes bytes to the user's screen. Returns false when the sink is congested
   * (a client that stopped reading): the renderer then coalesces frames instead of
   * queuing them, and writes again on `onDrain`.
   */
  write(data: string): boolean;
  /** Subscribes to the sink draining after `write` returned false. */
  onDrain(listener: () => void): () => void;
  /** Current size in cells. */
  readonly columns: number;
  readonly rows: number;
  /** Subscribes to size changes (SIGWINCH locally, `window-change` over SSH, `Resize` in a tape). */
  onResize(listener: () => void): () => void;
  /**
   * What `\n` must become on the wire: `\n` for a local tty (its line discipline
   * adds the `\r`), `\r\n` for an SSH channel or a virtual terminal, which have none.
   */
  readonly newline: '\n' | '\r\n';
}

// Time as the renderer sees it is the session's clock (source/session/clock.ts): real by
// default, the tape's virtual clock in `demo`, so recordings are identical run to run.
export {type Clock, realClock} from '../session/clock.js';
