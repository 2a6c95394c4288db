import {existsSync, statSync} from 'node:fs';
import {extname, resolve} from 'node:path';
import {BlocksApp} from '../blocks/Blocks.js';
import type {CompiledApp} from './compile-app.js';

/** Why an app could not be loaded, in one line a user can act on. */
export class AppLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppLoadError';
  }
}

const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.mts', '.jsx']);

/** Set by bin/termblocks.js when it runs the CLI from source (through tsx) rather than from dist/. */
const FROM_SOURCE = Symbol.for('termblocks.fromSource');

/**
 * The URL to import for an app: esbuild's compilation of it (cached), whose
 * `import 'termblocks'` names the very entry this CLI runs from: dist/index.js from
 * the bundle, source/index.ts (the package's "termblocks-source" export) from source.
 */
async function importable(path: string): Promise<CompiledApp> {
  const fromSource = Boolean((globalThis as Record<symbol, unknown>)[FROM_SOURCE]);
  const {compileApp} = await import('./compile-app.js');
  // Stack traces of a handler that throws then name the app's own .ts lines.
  process.setSourceMapsEnabled(true);
  return compileApp(path, {
    // From source this file is source/launch/load-app.ts; bundled, it is a chunk at the top of dist/.
    ownEntry: new URL(fromSource ? '../index.ts' : './index.js', import.meta.url).href,
    conditions: fromSource ? ['termblocks-source'] : [],
  });
}

/**
 * Imports an app module (TypeScript included) and returns its default-exported
 * Blocks, or the named export asked for.
 */
export async function loadApp(file: string, exportName = 'default'): Promise<BlocksApp> {
  return (await loadAppFiles(file, exportName)).app;
}

/** How many times an app was loaded again in this process: a reload imports a module URL of its own. */
let reloads = 0;

/**
 * loadApp, also giving the app's own files (what a reload loop watches). With `fresh`,
 * the module is imported anew, so a reload runs the app's module code again.
 */
export async function loadAppFiles(
  file: string,
  exportName = 'default',
  options: {fresh?: boolean} = {},
): Promise<{app: BlocksApp; inputs: string[]}> {
  const path = resolve(file);
  const shown = file;
  if (!existsSync(path) || !statSync(path).isFile()) throw new AppLoadError(`cannot find the app ${shown}: no such file`);
  if (!EXTENSIONS.has(extname(path))) throw new AppLoadError(`${shown} is not an app module: use a .ts, .tsx, .js or .mjs file`);
  let module: Record<string, unknown>;
  let inputs: string[];
  try {
    const compiled = await importable(path);
    inputs = compiled.inputs;
    module = await import(
      options.fresh && compiled.url.startsWith('file:') ? `${compiled.url}?reload=${++reloads}` : compiled.url
    );
  } catch (error) {
    throw new AppLoadError(describeImportError(error, shown, path));
  }
  return {app: pickApp(module, exportName, shown), inputs};
}

/** The Blocks app a module exports under `exportName`, or an error that says what to change. */
function pickApp(module: Record<string, unknown>, exportName: string, shown: string): BlocksApp {
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
  // esbuild (directly or through tsx) reports "file:line:column: ERROR: text".
  const esbuild = /([^\s:]+):(\d+):(\d+): ERROR: (.*)/.exec(message);
  if (esbuild) {
    const [, file, line, , text] = esbuild;
    const where = `${path.endsWith(file) ? shown : file}:${line}`;
    const unresolved = /Could not resolve "([^"]+)"/.exec(text);
    return unresolved ? `${where}: ${describeUnresolved(unresolved[1])}` : `${where}: syntax error: ${text}`;
  }
  if (error instanceof SyntaxError) {
    const at = new RegExp(`${escape(path)}:(\\d+)`).exec(String(error.stack));
    return `${shown}${at ? `:${at[1]}` : ''}: syntax error: ${message}`;
  }
  return `${shown} failed while building its app: ${message}`;
}

/** What to do about an import esbuild could not find: a file of the app's, or a package not installed. */
function describeUnresolved(specifier: string): string {
  if (/^[./]/.test(specifier)) return `cannot import "${specifier}": there is no such file`;
  // A package's name is its first segment, or its first two when scoped ("@scope/name/sub" is "@scope/name").
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return `cannot import "${specifier}": the package ${name} is not installed where the app is; install it with: npm install ${name}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
