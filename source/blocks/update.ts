/**
 * What a handler returns for an output to change its props for this session only
 * (`visible`, `interactive`, `label`, `choices`, ...) and optionally its value.
 */
export class Update {
  constructor(readonly changes: Readonly<Record<string, unknown>>) {}
}

/** `gr.update({visible: false})`: changes props of one output for this session. */
export function update(changes: Record<string, unknown>): Update {
  return new Update({...changes});
}

/** The marker `gr.skip()` returns: leave the output as it is. */
export const SKIP: unique symbol = Symbol('termblocks.skip');
export type Skip = typeof SKIP;

/** `gr.skip()`: leaves an output unchanged. */
export function skip(): Skip {
  return SKIP;
}
