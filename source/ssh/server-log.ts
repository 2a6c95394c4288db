import {sanitizeLine} from '../terminal/sanitize.js';

/** One line per event on stderr; user names and addresses come from clients, so they are sanitized and cut. */
export type ServerLog = (event: string, fields: Record<string, string | number | undefined>) => void;

let stderrBroken = false;
let stderrGuarded = false;

/**
 * Listens for errors on stderr, once per process. A closed stderr (`serve app.ts 2>&1 | head -1`)
 * fails every write with EPIPE, emitted as an 'error' event: unheard, that event becomes an
 * uncaught exception whose handler writes to stderr again, forever. Heard here, it marks stderr
 * broken once and every later line is dropped.
 */
export function guardStderr(): void {
  if (stderrGuarded) return;
  stderrGuarded = true;
  process.stderr.on('error', () => {
    stderrBroken = true;
  });
}

/** Writes to stderr if it still works; never throws, never loops. */
export function writeStderr(text: string): void {
  guardStderr();
  if (stderrBroken || process.stderr.destroyed) return;
  try {
    process.stderr.write(text);
  } catch {
    stderrBroken = true;
  }
}

/** What an error says, for a log line; never throws, whatever was thrown (a getter, a toString that throws). */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return error.stack ?? error.message;
    return String(error);
  } catch {
    return 'an error that cannot be shown';
  }
}

export const stderrLog: ServerLog = (event, fields) => {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${JSON.stringify(sanitizeLine(String(v)).slice(0, 80))}`);
  writeStderr(`${new Date().toISOString()} ${event} ${parts.join(' ')}\n`);
};

/**
 * The log the server calls: a log that throws (a user's `log` option, say) is noticed once,
 * on stderr, and dropped, so logging can never take a connection or the server down.
 */
export function guardedLog(log: ServerLog): ServerLog {
  let broken = false;
  let inside = false;
  return (event, fields) => {
    if (broken || inside) return;
    inside = true;
    try {
      log(event, fields);
    } catch (error) {
      broken = true;
      if (log !== stderrLog) writeStderr(`termblocks: the server log threw and is dropped: ${String(error)}\n`);
    } finally {
      inside = false;
    }
  };
}
