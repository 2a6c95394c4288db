/**
 * Counts the runs a trigger started, directly or through chains and the change
 * events its outputs caused, so `await s.click(btn)` resolves when all have settled.
 */
export class TaskGroup {
  private pending = 0;
  private waiters: (() => void)[] = [];

  enter(): void {
    this.pending++;
  }

  leave(): void {
    this.pending--;
    if (this.pending === 0 && this.waiters.length > 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  get busy(): boolean {
    return this.pending > 0;
  }

  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise(resolve => this.waiters.push(resolve));
  }
}
