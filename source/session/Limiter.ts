/**
 * A first-come, first-served semaphore: at most `limit` holders at once. Shared by
 * every session of an app for one `concurrencyId`, as Gradio's queue is server-wide.
 */
export class Limiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private current: number) {}

  get limit(): number {
    return this.current;
  }

  /**
   * A listener that arrived later (one a `gr.render` run made) gives its group a smaller
   * limit: it holds from now on, as Gradio lowers a queue's limit and never raises it.
   * Runs already holding a slot finish; no new one starts until they are under it.
   */
  lower(limit: number): void {
    this.current = Math.max(1, Math.min(this.current, limit));
  }

  /** Resolves when a slot is free; rejects if `signal` aborts first (the waiter's session closed). */
  acquire(signal?: AbortSignal): Promise<void> | undefined {
    if (this.active < this.current) {
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
    this.active--;
    while (this.active < this.current && this.queue.length > 0) {
      this.active++;
      this.queue.shift()?.();
    }
  }

  /** Runs waiting plus running, for tests and figures. */
  get load(): number {
    return this.active + this.queue.length;
  }
}
