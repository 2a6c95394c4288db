import {verifyPassword} from './password-hash.js';

/**
 * Password checks in flight at once, server-wide. Each takes a thread of libuv's pool
 * (4 threads, shared with file reads and DNS) and a core for tens of milliseconds, so a
 * crowd of guessers must queue rather than take them all. The queue itself is bounded
 * by the gate: one check at a time per connection (ssh2 holds a connection's next
 * request until this one is answered), and at most `--max-unauthenticated` connections.
 */
export const MAX_CONCURRENT_PASSWORD_CHECKS = 2;

export class PasswordChecks {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly hash: string,
    private readonly limit = MAX_CONCURRENT_PASSWORD_CHECKS,
  ) {}

  /** Whether `password` matches; false without checking if `wanted()` says no by its turn (the client left). */
  async check(password: string, wanted: () => boolean = () => true): Promise<boolean> {
    if (this.running >= this.limit) await new Promise<void>(resolve => this.waiting.push(resolve));
    else this.running++;
    try {
      return wanted() ? await verifyPassword(password, this.hash) : false;
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
