import {availableParallelism} from 'node:os';

/**
 * How many processes `serve --workers` asks for: a positive whole number, or `auto` for one
 * per core. More than one needs `--store`: each worker is its own process, so without a
 * shared store every worker would hold its own gr.Global values and users would see
 * different rooms depending on where they landed.
 */
export function workerCount(value: string | undefined, store: string | undefined, cores = availableParallelism()): number {
  if (value === undefined) return 1;
  const count = value === 'auto' ? cores : /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--workers takes a number of processes (1 or more) or auto, not ${value}`);
  if (count > 1 && !store) {
    throw new Error(
      `--workers ${value} needs --store redis://host:port/db: every worker is its own process, and gr.Global values are shared between processes only through a store`,
    );
  }
  return count;
}

/** The line `serve` prints at start with several workers: what is, and what is not, shared. */
export function perProcessNotice(count: number): string {
  return `termblocks: ${count} worker processes; module-level variables are per process (each worker has its own copy), only gr.Global values are shared (through --store), and concurrencyLimit counts per process\n`;
}
