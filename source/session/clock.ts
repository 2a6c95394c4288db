/**
 * The time a session lives on. Handlers (`ctx.sleep`, `gr.sleep`), `gr.Timer`,
 * `every`, toasts, spinners and State lifetimes all read it, never `Date.now()` or
 * `setTimeout` themselves, so the front end decides what time is: the real one
 * for `run` and `serve`, the tape's virtual clock for `demo`.
 */
export interface Clock {
  /** Milliseconds; since the epoch on the real clock, since the tape began on a virtual one. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /**
   * Resolves after `ms` of this clock's time; rejects with the signal's reason if it
   * aborts first. Optional: without it, a sleep is made from `setTimeout` (`sleepOn`).
   */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** `sleep` for any clock, from its own `setTimeout`: what each implementation can share. */
export function sleepOn(clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clock.clearTimeout(handle);
      reject(signal?.reason);
    };
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}

export const realClock: Required<Clock> = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
  sleep: (ms, signal) => sleepOn(realClock, ms, signal),
};

/** A real timer that must not keep a finished process alive (a State's expiry); other clocks' handles are left alone. */
export function unref(handle: unknown): void {
  (handle as {unref?: () => void} | undefined)?.unref?.();
}
