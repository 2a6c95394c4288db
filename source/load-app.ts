import {existsSync, statSync} from 'node:fs';
import {extname, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {BlocksApp} from './blocks/Blocks.js';

/** Why an app could not be loaded, in one line a user can act on. */
export class AppLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppLoadError';
  }
}

const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.mts', '.jsx']);

/**
 * Imports an app module (TypeScript included: the CLI runs with tsx's loader) and
 * returns its default-exported Blocks, or the named export asked for.
 */
export async function loadApp(file: string, exportName = 'default'): Promise<BlocksApp> {
  const path = resolve(file);
  const shown = file;
  if (!existsSync(path) || !statSync(path).isFile()) throw new AppLoadError(`cannot find the app ${shown}: no such file`);
  if (!EXTENSIONS.has(extname(path))) throw new AppLoadError(`${shown} is not an app module: use a .ts, .tsx, .js or .mjs file`);
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    throw new AppLoadError(describeImportError(error, shown, path));
  }
  const value = module[exportName];
  if (value instanceof BlocksApp) return value;
  if (value && typeof value === 'object' && value.constructor?.name === 'BlocksApp') {
    throw new AppLoadError(
      `${shown} builds its app with another copy of termblocks: import it as 'termblocks' from this installation`,
    );
  }
  if (exportName === 'default') {
    const named = Object.entries(module).find(([, v]) => v instanceof BlocksApp)?.[0];
    const hint = named
      ? `: it has one named "${named}", so add --export ${named} or "export default ${named}"`
      : ': add "export default demo"';
    throw new AppLoadError(`${shown} does not export a Blocks app as its default${hint}`);
  }
  throw new AppLoadError(`${shown} has no export named "${exportName}" that is a Blocks app`);
}

/** A syntax error becomes `file:line: message`; an app that throws while building says so, with its message. */
function describeImportError(error: unknown, shown: string, path: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // esbuild (through tsx) reports "file:line:column: ERROR: text".
  const esbuild = /:(\d+):(\d+): ERROR: (.*)/.exec(message);
  if (esbuild) return `${shown}:${esbuild[1]}: syntax error: ${esbuild[3]}`;
  if (error instanceof SyntaxError) {
    const at = new RegExp(`${escape(path)}:(\\d+)`).exec(String(error.stack));
    return `${shown}${at ? `:${at[1]}` : ''}: syntax error: ${message}`;
  }
  return `${shown} failed while building its app: ${message}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
