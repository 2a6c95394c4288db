import {randomUUID} from 'node:crypto';
import {deserialize, serialize} from 'node:v8';
import {createClient, RESP_TYPES} from 'redis';
import {TermblocksError} from '../blocks/errors.js';
import type {GlobalEntry, GlobalStore, GlobalWrite, WriteResult} from './GlobalStore.js';
import {SharedStateUnavailableError} from './GlobalStore.js';
import type {Logger} from './logger.js';

// Each Global is one Redis hash, `termblocks:<app title>:global:<n>`, with two fields:
//   v   the value in V8's serialization format (what structuredClone carries, Blob and File aside)
//   n   its version, the number of writes it has had
// A write is one Lua script, so it is atomic: every key whose version the handler read
// must still have it, or nothing is written. The script then publishes the keys and
// their new versions on one channel, which every process serving the app listens to.

const COMMIT = `
for i = 1, #KEYS do
  local expected = ARGV[1 + 2 * i]
  if expected ~= '' and (redis.call('HGET', KEYS[i], 'n') or '0') ~= expected then return {0} end
end
local versions = {}
for i = 1, #KEYS do
  versions[i] = redis.call('HINCRBY', KEYS[i], 'n', 1)
  redis.call('HSET', KEYS[i], 'v', ARGV[2 + 2 * i])
end
redis.call('PUBLISH', ARGV[1], cjson.encode({o = ARGV[2], k = KEYS, n = versions}))
table.insert(versions, 1, 1)
return versions`;

// Gives every key's value and version; a key Redis does not hold (a first start, or a
// Redis that restarted empty) is first set to what this process last knew.
const SEED = `
local out = {}
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then
    redis.call('HSET', KEYS[i], 'v', ARGV[2 * i - 1], 'n', ARGV[2 * i])
  end
  local entry = redis.call('HMGET', KEYS[i], 'v', 'n')
  out[2 * i - 1] = entry[1]
  out[2 * i] = entry[2]
end
return out`;

/** A run that met a newer value waits up to 2^level ms before it starts again; the level is at most this. */
const MAX_BACKOFF_LEVEL = 8;

/** Longest a Redis command may take before the write counts as failed. */
const COMMAND_TIMEOUT_MS = 5000;

export interface RedisStoreOptions {
  /** `redis://host:port/db` or `rediss://...`, without a password in it. */
  url: string;
  /** From the environment (TERMBLOCKS_REDIS_PASSWORD), never from an argument. */
  password?: string;
  logger: Logger;
}

interface CachedEntry extends GlobalEntry {
  /** The value as Redis holds it, to tell a different value at the same version. */
  readonly encoded: Buffer;
}

type Client = ReturnType<typeof createClient>;

/**
 * The Globals of one app in Redis, shared by every process serving it. Reads come
 * from this process's copy, kept current by Redis pub/sub; writes are compare-and-set
 * scripts. When Redis goes away, sessions keep the last values they knew and writes
 * fail with SharedStateUnavailableError (logged once); the client reconnects with
 * backoff and, once back, brings every key up to date (or puts it back, into a
 * Redis that restarted empty).
 */
export class RedisGlobalStore implements GlobalStore {
  private readonly cache = new Map<string, CachedEntry>();
  private readonly listeners = new Set<(keys: readonly string[]) => void>();
  /** Keys written elsewhere and not read since (see `catchUp`). */
  private readonly behind = new Set<string>();
  private catchingUp = false;
  /** Per key, how crowded its writes have lately been here (see `backoff`). */
  private readonly contention = new Map<string, number>();
  /** Tells this process's own writes apart on the channel. */
  private readonly origin = randomUUID();
  private readonly channel: string;
  private readonly client: Client;
  private readonly subscriber: Client;
  private readonly logger: Logger;
  private outage = false;
  private closing = false;
  /** Until the first connection, failures are `open`'s to report. */
  private opened = false;

  private constructor(options: RedisStoreOptions) {
    this.logger = options.logger;
    const url = new URL(options.url);
    this.channel = `termblocks:changed:${url.pathname.replace(/^\//, '') || '0'}`;
    const retry = (retries: number) => Math.min(100 * 2 ** Math.min(retries, 5), 3000) + Math.floor(Math.random() * 100);
    this.client = createClient({
      url: options.url,
      password: options.password,
      disableOfflineQueue: true,
      socket: {reconnectStrategy: retry, connectTimeout: COMMAND_TIMEOUT_MS},
    });
    this.subscriber = this.client.duplicate({disableOfflineQueue: false});
    for (const client of [this.client, this.subscriber]) {
      // Without a listener an 'error' event would throw; the outage is logged once, by `unavailable`.
      client.on('error', (error: Error) => this.unavailable(error));
      client.on('ready', () => {
        if (!this.closing) void this.resync();
      });
    }
  }

  /** Connects, or throws a message saying what failed: a server must not start on a store it cannot reach. */
  static async open(options: RedisStoreOptions): Promise<RedisGlobalStore> {
    const store = new RedisGlobalStore(options);
    // The first error (refused, wrong password) ends the attempt at once rather than retrying.
    let onError: (error: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => {
      onError = reject;
      store.client.once('error', onError);
      store.subscriber.once('error', onError);
    });
    failed.catch(() => {});
    try {
      const connect = async () => {
        await store.client.connect();
        await store.subscriber.connect();
        await store.subscriber.subscribe(store.channel, message => store.heard(message));
      };
      await withTimeout(Promise.race([connect(), failed]), `connecting to ${redactedUrl(options.url)}`);
      store.client.off('error', onError);
      store.subscriber.off('error', onError);
    } catch (error) {
      store.closing = true;
      store.client.destroy();
      store.subscriber.destroy();
      throw new Error(`cannot reach Redis at ${redactedUrl(options.url)}: ${(error as Error).message}`);
    }
    store.opened = true;
    return store;
  }

  define(key: string, initial: unknown): void {
    if (this.cache.has(key)) return;
    this.cache.set(key, {value: initial, version: 0, encoded: serialize(initial)});
    void this.resync([key]);
  }

  read(key: string): GlobalEntry {
    const entry = this.cache.get(key);
    if (!entry) throw new Error(`no Global "${key}" was defined in this store`);
    return entry;
  }

  async write(writes: readonly GlobalWrite[]): Promise<WriteResult> {
    let encoded: Buffer[];
    try {
      encoded = writes.map(write => serialize(write.value));
    } catch (error) {
      throw new TermblocksError(`This value cannot be kept in shared state: ${(error as Error).message}`);
    }
    if (!this.client.isReady) throw this.unavailable();
    const args: (string | Buffer)[] = [this.channel, this.origin];
    for (const [index, write] of writes.entries()) {
      args.push(write.expected === undefined ? '' : String(write.expected), encoded[index] as Buffer);
    }
    let reply: unknown[];
    try {
      reply = (await withTimeout(
        this.client.eval(COMMIT, {keys: writes.map(write => write.key), arguments: args}),
        'a write',
      )) as unknown[];
    } catch (error) {
      throw this.unavailable(error);
    }
    if (Number(reply[0]) !== 1) {
      // Someone wrote first. Wait a few random ms, so runs that met each other do not meet again at
      // once, then bring those keys up to date, so the run that starts again reads the new values.
      await new Promise(resolve => setTimeout(resolve, Math.random() * this.backoff(writes, +1)));
      if (!(await this.resync(writes.map(write => write.key)))) throw this.unavailable();
      return {committed: false};
    }
    this.backoff(writes, -1);
    const versions = reply.slice(1).map(Number);
    writes.forEach((write, index) => {
      this.cache.set(write.key, {value: write.value, version: versions[index] as number, encoded: encoded[index] as Buffer});
    });
    return {committed: true, versions};
  }

  /**
   * How long, at most, a run that met a newer value waits before it starts again, in
   * ms: doubling with each collision on its keys and halving with each write that
   * gets through, so a busy Global spreads its writers out (as Ethernet's backoff does).
   */
  private backoff(writes: readonly GlobalWrite[], step: 1 | -1): number {
    let most = 1;
    for (const {key} of writes) {
      const level = Math.max(0, Math.min(MAX_BACKOFF_LEVEL, (this.contention.get(key) ?? 0) + step));
      this.contention.set(key, level);
      most = Math.max(most, 2 ** level);
    }
    return most;
  }

  subscribe(listener: (keys: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([this.client.close(), this.subscriber.close()]);
  }

  /** A write published on the channel: another process's are fetched, this one's are known already. */
  private heard(message: string): void {
    let published: {o?: string; k?: string[]};
    try {
      published = JSON.parse(message);
    } catch {
      return;
    }
    if (published.o === this.origin || !Array.isArray(published.k)) return;
    for (const key of published.k) if (this.cache.has(key)) this.behind.add(key);
    void this.catchUp();
  }

  /**
   * Reads the keys others wrote, one read at a time: writes that arrive meanwhile
   * are read together by the next, so a burst of writes costs each process a few
   * reads and its sessions a few redraws, not one each.
   */
  private async catchUp(): Promise<void> {
    if (this.catchingUp) return;
    this.catchingUp = true;
    try {
      while (this.behind.size > 0 && !this.closing) {
        const keys = [...this.behind];
        this.behind.clear();
        if (!(await this.resync(keys))) break;
      }
    } finally {
      this.catchingUp = false;
    }
  }

  /**
   * Brings `keys` (all of them by default, after a reconnect) up to what Redis holds,
   * setting any Redis lost to this process's last value; tells the listeners which
   * changed. Says whether it reached Redis.
   */
  private async resync(keys: readonly string[] = [...this.cache.keys()]): Promise<boolean> {
    if (keys.length === 0 || !this.client.isReady) return false;
    const args: (string | Buffer)[] = [];
    for (const key of keys) {
      const entry = this.cache.get(key) as CachedEntry;
      args.push(entry.encoded, String(entry.version));
    }
    let reply: unknown[];
    try {
      const binary = this.client.withTypeMapping({[RESP_TYPES.BLOB_STRING]: Buffer});
      reply = (await withTimeout(binary.eval(SEED, {keys: [...keys], arguments: args}), 'reading shared state')) as unknown[];
    } catch (error) {
      this.unavailable(error);
      return false;
    }
    this.back();
    const changed: string[] = [];
    keys.forEach((key, index) => {
      const encoded = reply[2 * index] as Buffer;
      const version = Number(String(reply[2 * index + 1]));
      const known = this.cache.get(key) as CachedEntry;
      if (known.version === version && known.encoded.equals(encoded)) return;
      try {
        this.cache.set(key, {value: deserialize(encoded), version, encoded});
        changed.push(key);
      } catch (error) {
        this.logger.error(`shared state: the value of ${key} in Redis cannot be read`, error);
      }
    });
    if (changed.length > 0) {
      for (const listener of this.listeners) {
        try {
          listener(changed);
        } catch (error) {
          this.logger.error('shared state: a change listener threw', error);
        }
      }
    }
    return true;
  }

  /** Logs the first failure of an outage (not one per keystroke) and gives the error a user sees. */
  private unavailable(error?: unknown): SharedStateUnavailableError {
    if (!this.outage && !this.closing && this.opened) {
      this.outage = true;
      const reason = error instanceof Error ? error.message : 'not connected';
      this.logger.error(
        `shared state unavailable (Redis: ${reason}); sessions keep their last values, writes fail until it is back`,
      );
    }
    return new SharedStateUnavailableError();
  }

  private back(): void {
    if (!this.outage) return;
    this.outage = false;
    this.logger.info('shared state is back (Redis reconnected); every Global is up to date again');
  }
}

/** The URL to show in messages and logs: never a password, even one given by mistake. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.username = '';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${COMMAND_TIMEOUT_MS / 1000} s`)), COMMAND_TIMEOUT_MS);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
