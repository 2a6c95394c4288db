import {InputParser, type Key, PASTE_CHARS} from './parse-input.js';

// Bounds on one session's keys, the same in every front end (serve, run, demo):
//   KEYS_PER_SECOND   200        keys handled per second, sustained; faster keys wait in the queue
//   KEY_BURST         200        keys handled at once after a quiet spell (a typed-ahead line, a raw paste)
//   KEYS_PER_TURN     32         keys handled before the event loop turns to other sessions
//   QUEUED_KEYS       1024       keys waiting; beyond it keys are dropped
//   COALESCE_AFTER    256        keys waiting beyond which a repeat of the last one (Enter, Tab) is dropped
//   QUEUED_CHARS      16 Mi      characters of text and pastes waiting; what does not fit is cut
// and, in parse-input.ts, PASTE_CHARS (16 Mi characters) for a paste still open.
// A session over them loses its own excess keys (logged once per flood); other sessions see nothing.

export interface InputLimits {
  keysPerSecond: number;
  keyBurst: number;
  keysPerTurn: number;
  queuedKeys: number;
  coalesceAfter: number;
  queuedChars: number;
}

export const KEYS_PER_SECOND = 200;
export const KEY_BURST = 200;
export const KEYS_PER_TURN = 32;
export const QUEUED_KEYS = 1024;
export const COALESCE_AFTER = 256;
export const QUEUED_CHARS = PASTE_CHARS;

export const INPUT_LIMITS: Readonly<InputLimits> = {
  keysPerSecond: KEYS_PER_SECOND,
  keyBurst: KEY_BURST,
  keysPerTurn: KEYS_PER_TURN,
  queuedKeys: QUEUED_KEYS,
  coalesceAfter: COALESCE_AFTER,
  queuedChars: QUEUED_CHARS,
};

/** What the budget tells its owner. */
export interface InputBudgetOptions {
  /** Handles one key (the KeyHandler). */
  handle: (key: Key) => void;
  /** Called after a batch of keys was handled: time to draw. */
  handled: () => void;
  /** Reports a session's excess (a paste cut, keys dropped): once per flood, for the server log. */
  warn: (message: string) => void;
  limits?: InputLimits;
  /** Real time in ms: the budget protects the real CPU, so a tape's virtual clock does not apply. */
  now?: () => number;
}

/**
 * One session's input, from bytes to handled keys, at a bounded rate: keys are
 * parsed, queued (bounded, repeats coalesced under a flood), and handled at most
 * KEYS_PER_SECOND, KEYS_PER_TURN at a time, so one session flooding keys costs
 * the others at most a short turn of the event loop.
 */
export class InputBudget {
  private readonly parser = new InputParser();
  private readonly limits: InputLimits;
  private readonly now: () => number;
  private readonly queue: Key[] = [];
  private queuedChars = 0;
  private tokens: number;
  private refilledAt: number;
  private turnUsed = 0;
  private turnEnds: NodeJS.Immediate | undefined;
  private next: {immediate: NodeJS.Immediate} | {timeout: NodeJS.Timeout} | undefined;
  private dropped = 0;
  private waiters: (() => void)[] = [];
  private disposed = false;

  constructor(private readonly options: InputBudgetOptions) {
    this.limits = options.limits ?? INPUT_LIMITS;
    this.now = options.now ?? (() => performance.now());
    this.tokens = this.limits.keyBurst;
    this.refilledAt = this.now();
  }

  /** Feeds what the terminal sent. Keys within budget are handled at once; the rest wait their turn. */
  push(data: string): void {
    if (this.disposed) return;
    for (const key of this.parser.push(data)) if (!this.enqueue(key)) this.dropped++;
    if (this.next === undefined) this.drain();
  }

  /** Whether every key received so far has been handled (or dropped). */
  get idle(): boolean {
    return this.queue.length === 0;
  }

  /** Resolves when every key received so far has been handled (or dropped). */
  drained(): Promise<void> {
    if (this.idle || this.disposed) return Promise.resolve();
    return new Promise(resolve => this.waiters.push(resolve));
  }

  /** Stops handling keys; waiting ones are dropped. */
  dispose(): void {
    this.disposed = true;
    this.queue.length = 0;
    this.queuedChars = 0;
    this.cancel();
    clearImmediate(this.turnEnds);
    this.release();
  }

  /** Queues a key; returns false when the session's excess is dropped. */
  private enqueue(key: Key): boolean {
    // Ctrl+C never waits behind a flood: quitting always works at once.
    if (key.kind === 'ctrl' && key.letter === 'c') {
      this.options.handle(key);
      return true;
    }
    if (key.kind === 'paste' && key.cut) {
      this.options.warn(`a paste was cut to ${PASTE_CHARS} characters (${key.cut} more dropped)`);
    }
    const tail = this.queue.at(-1);
    if (key.kind === 'text' || key.kind === 'paste') {
      const room = this.limits.queuedChars - this.queuedChars;
      if (room <= 0) return false;
      const text = key.text.length > room ? key.text.slice(0, room) : key.text;
      // Typed text waiting behind typed text is one insertion: fewer edits, the same result.
      if (key.kind === 'text' && tail?.kind === 'text') {
        this.queue[this.queue.length - 1] = {kind: 'text', text: tail.text + text};
      } else if (this.queue.length >= this.limits.queuedKeys) {
        return false;
      } else {
        this.queue.push(text === key.text ? key : {...key, text});
      }
      this.queuedChars += text.length;
      return true;
    }
    if (this.queue.length >= this.limits.queuedKeys) return false;
    if (this.queue.length >= this.limits.coalesceAfter && tail && sameKey(tail, key)) return false;
    this.queue.push(key);
    return true;
  }

  /** Handles what the budget allows now, then plans the next batch. */
  private drain(): void {
    this.next = undefined;
    if (this.disposed) return;
    this.refill();
    let handled = 0;
    while (this.queue.length > 0 && this.tokens >= 1 && this.turnUsed < this.limits.keysPerTurn) {
      const key = this.queue.shift() as Key;
      if (key.kind === 'text' || key.kind === 'paste') this.queuedChars -= key.text.length;
      this.tokens--;
      this.turnUsed++;
      handled++;
      this.options.handle(key);
      if (this.disposed) return;
    }
    if (handled > 0) {
      // The turn's allowance comes back once the event loop has turned.
      this.turnEnds ??= setImmediate(() => {
        this.turnEnds = undefined;
        this.turnUsed = 0;
      });
      this.options.handled();
    }
    if (this.queue.length > 0) {
      this.plan();
      return;
    }
    if (this.dropped > 0) {
      this.options.warn(
        `${this.dropped} keys dropped: more than ${this.limits.keysPerSecond} a second, or ${this.limits.queuedKeys} waiting`,
      );
      this.dropped = 0;
    }
    this.release();
  }

  /** The next batch runs after the loop turns, or when enough tokens have come back for a batch. */
  private plan(): void {
    const batch = Math.min(this.queue.length, this.limits.keysPerTurn);
    const wait = this.tokens >= batch ? 0 : Math.ceil(((batch - this.tokens) / this.limits.keysPerSecond) * 1000);
    this.next = wait === 0 ? {immediate: setImmediate(() => this.drain())} : {timeout: setTimeout(() => this.drain(), wait)};
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.limits.keyBurst, this.tokens + ((now - this.refilledAt) / 1000) * this.limits.keysPerSecond);
    this.refilledAt = now;
  }

  private cancel(): void {
    // Each is cleared with its own function: clearImmediate on a Timeout corrupts Node's immediate queue.
    if (this.next && 'immediate' in this.next) clearImmediate(this.next.immediate);
    else if (this.next) clearTimeout(this.next.timeout);
    this.next = undefined;
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

function sameKey(a: Key, b: Key): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'key' && b.kind === 'key') return a.name === b.name && a.ctrl === b.ctrl && a.alt === b.alt;
  if ((a.kind === 'ctrl' || a.kind === 'alt') && (b.kind === 'ctrl' || b.kind === 'alt')) return a.letter === b.letter;
  return false;
}
