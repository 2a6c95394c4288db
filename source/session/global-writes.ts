import type {Block} from '../blocks/Block.js';
import {Global} from '../blocks/components/Global.js';
import {TermblocksError} from '../blocks/errors.js';
import {SKIP, Update} from '../blocks/update.js';
import type {SessionStore} from './SessionStore.js';

// The rule for Globals, optimistic versioning: a run that read a Global as an input
// and writes it as an output commits only if the Global still has the version it
// read; otherwise the run starts again with the fresh value, GLOBAL_WRITE_ATTEMPTS
// times in all, and then the event fails with a toast. A Global written without
// being read is written whatever its version (the last writer wins).

/** Runs of one handler, the first included, before a write that keeps meeting newer values fails. */
export const GLOBAL_WRITE_ATTEMPTS = 5;

/** A Global a run read has moved on before the run's write: the run is to start again. */
export class GlobalConflictError extends Error {
  constructor() {
    super('a Global changed between the read and the write of a run');
    this.name = 'GlobalConflictError';
  }
}

/** The toast for a run that met a newer value on every attempt. */
export function tooManyConflicts(listener: string): TermblocksError {
  return new TermblocksError(
    `"${listener}" could not save: the shared value it changes was changed by others ${GLOBAL_WRITE_ATTEMPTS} times while it ran. Try again.`,
    {title: 'Busy'},
  );
}

/** The Globals among one set of outputs, with the values to store (through `postprocess`, as any output). */
export function globalWrites(outputs: Map<Block, unknown>, store: SessionStore): Map<Global, unknown> {
  const writes = new Map<Global, unknown>();
  for (const [block, value] of outputs) {
    if (!(block instanceof Global) || value === SKIP) continue;
    if (value instanceof Update && !('value' in value.changes)) continue;
    const raw = value instanceof Update ? value.changes.value : value;
    writes.set(block, block.postprocess(raw, store.props(block)));
  }
  return writes;
}
