import type {GlobalEntry, GlobalStore, GlobalWrite, WriteResult} from './GlobalStore.js';

/**
 * The default store: the Globals of one app in this process's memory. Writes are
 * synchronous, so a compare-and-set here is atomic without a lock; values are kept
 * as given (no copy, no encoding), as they always were.
 */
export class InProcessGlobalStore implements GlobalStore {
  private readonly entries = new Map<string, GlobalEntry>();

  define(key: string, initial: unknown): void {
    if (!this.entries.has(key)) this.entries.set(key, {value: initial, version: 0});
  }

  read(key: string): GlobalEntry {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`no Global "${key}" was defined in this store`);
    return entry;
  }

  write(writes: readonly GlobalWrite[]): WriteResult {
    if (writes.some(write => write.expected !== undefined && this.read(write.key).version !== write.expected)) {
      return {committed: false};
    }
    const versions = writes.map(write => {
      const version = this.read(write.key).version + 1;
      this.entries.set(write.key, {value: write.value, version});
      return version;
    });
    return {committed: true, versions};
  }

  /** Nothing changes here but through `write`, so there is nothing to hear. */
  subscribe(): () => void {
    return () => {};
  }

  async close(): Promise<void> {}
}
