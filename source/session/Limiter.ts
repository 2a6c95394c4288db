/**
 * A first-come, first-served semaphore: at most `limit` holders at once. Shared by
 * every session of an app for one `concurrencyId`, as Gradio's queue is server-wide.
 */
export class Limiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Resolves when a slot is free; rejects if `signal` aborts first (the waiter's session closed). */
  acquire(signal?: AbortSignal): Promise<void> | undefined {
    if (this.active < this.limit) {
      this.active++;
      return undefined;
    }
    return new Promise((resolve, reject) => {
      const waiter = () => {
        signal?.removeEventListener('abort', abandon);
        resolve();
      };
      const abandon = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abandon, {once: true});
      this.queue.push(waiter);
    });
  }

  release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }

  /** Runs waiting plus running, for tests and figures. */
  get load(): number {
    return this.active + this.queue.length;
  }
}
