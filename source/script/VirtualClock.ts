import {type Clock, sleepOn} from '../session/clock.js';

interface PendingTimer {
  due: number;
  /** Creation order: timers due at the same time fire in the order they were set, as real ones do. */
  order: number;
  fn: () => void;
}

/**
 * Time that passes only when the tape says so (typing, `Sleep`, waits), so a
 * recording's timestamps and everything the renderer animates from the clock
 * (spinners, elapsed times, toasts) are the same on every run and machine.
 */
export class VirtualClock implements Clock {
  private time = 0;
  private count = 0;
  private readonly timers = new Set<PendingTimer>();

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = {due: this.time + Math.max(0, ms || 0), order: this.count++, fn};
    this.timers.add(timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as PendingTimer);
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return sleepOn(this, ms, signal);
  }

  /** When the next timer is due, if any is set. */
  nextDue(): number | undefined {
    return this.next()?.due;
  }

  /**
   * Moves time forward to `target`, firing every timer due by then at its own
   * time, earliest first, and awaiting `afterEach` after each so what a timer
   * drew is observed at the moment it fired.
   */
  async advanceTo(target: number, afterEach: () => Promise<void> = async () => {}): Promise<void> {
    // A timer that keeps setting a zero-delay timer would never let time move on.
    for (let fired = 0; ; fired++) {
      if (fired > 100_000) throw new Error('the app sets timers faster than time can advance (over 100,000 at one moment)');
      const timer = this.next();
      if (!timer || timer.due > target) break;
      this.timers.delete(timer);
      this.time = Math.max(this.time, timer.due);
      timer.fn();
      await afterEach();
    }
    this.time = Math.max(this.time, target);
  }

  advanceBy(ms: number, afterEach?: () => Promise<void>): Promise<void> {
    return this.advanceTo(this.time + ms, afterEach);
  }

  private next(): PendingTimer | undefined {
    let next: PendingTimer | undefined;
    for (const timer of this.timers) {
      if (!next || timer.due < next.due || (timer.due === next.due && timer.order < next.order)) next = timer;
    }
    return next;
  }
}
