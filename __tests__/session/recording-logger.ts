import type {Logger} from 'termblocks';

/** A logger that keeps what the runtime reports, for tests that check what the developer is told. */
export function recordingLogger(): Logger & {warnings: string[]; errors: {message: string; error: unknown}[]} {
  const warnings: string[] = [];
  const errors: {message: string; error: unknown}[] = [];
  return {
    warnings,
    errors,
    info: () => {},
    warn: message => warnings.push(message),
    error: (message, error) => errors.push({message, error}),
  };
}

/** A promise and the function that resolves it, to hold a handler mid-run without timers. */
export function deferred<T = void>(): {promise: Promise<T>; resolve: (value: T) => void} {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return {promise, resolve};
}

/** Waits until `check` holds, polling every few ms; fails after `ms` (generous, for a loaded machine). */
export async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}
