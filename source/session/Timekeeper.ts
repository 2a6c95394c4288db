import {AsyncLocalStorage} from 'node:async_hooks';
import {type Clock, realClock, sleepOn} from './clock.js';

/** One handler run, and how many of its sleeps on the session's clock are pending. */
interface RunRecord {
  readonly keeper: Timekeeper;
  waits: number;
}

/** The run whose code is executing, so `gr.sleep` finds its session's clock without the context argument. */
const currentRun = new AsyncLocalStorage<RunRecord>();

/**
 * A session's clock, and which of its handler runs are waiting on it. A front
 * that owns a virtual clock (the tape player) may move it on only when `quiet`:
 * every run is either finished or asleep on this clock. A run awaiting anything
 * else (a fetch, a file, a real timer) is real work, and time waits for it.
 */
export class Timekeeper {
  private readonly runs = new Set<RunRecord>();

  constructor(
    readonly clock: Clock = realClock,
    /** The session's: a sleep ends (rejecting) when the session closes, so no handler outlives its user. */
    private readonly closed?: AbortSignal,
  ) {}

  /** Runs one handler call, counted as running until it settles. */
  async track<T>(call: () => Promise<T>): Promise<T> {
    const record: RunRecord = {keeper: this, waits: 0};
    this.runs.add(record);
    try {
      return await currentRun.run(record, call);
    } finally {
      this.runs.delete(record);
    }
  }

  /** Sleeps on the session's clock; a run asleep this way lets a virtual clock move on. */
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    const record = currentRun.getStore();
    const own = record?.keeper === this ? record : undefined;
    if (own) own.waits++;
    try {
      const wait = Math.max(0, Number(ms) || 0);
      await (this.clock.sleep ? this.clock.sleep(wait, signal ?? this.closed) : sleepOn(this.clock, wait, signal ?? this.closed));
    } finally {
      if (own) own.waits--;
    }
  }

  /** No run of this session is doing anything but sleeping on its clock. */
  get quiet(): boolean {
    for (const run of this.runs) if (run.waits === 0) return false;
    return true;
  }
}

/**
 * `await gr.sleep(200)`: waits on the clock of the session whose handler calls it,
 * so in a tape it takes 200 ms of tape time and no wall time. Outside a handler it
 * is a plain real-time sleep. Inside a handler, `ctx.sleep` is the same.
 */
export function sleep(ms: number): Promise<void> {
  const record = currentRun.getStore();
  return record ? record.keeper.sleep(ms) : realClock.sleep(Math.max(0, Number(ms) || 0));
}
