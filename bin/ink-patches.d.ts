/** One file of a package that the bundle patches, and the exact texts it replaces, in order (see ink-patches.js). */
export interface PatchedFile {
  module: string;
  file: string;
  replacements: [from: string, to: string][];
}
export const PATCHED_FILES: PatchedFile[];
export function patchText(target: PatchedFile, contents: string): string;
export const inkPatches: {name: string; setup(build: unknown): void};
