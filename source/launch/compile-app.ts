// Turns a TypeScript app into one JavaScript module the prebuilt CLI can import
// without module hooks: esbuild bundles the app's own files and leaves every package
// as an import of its absolute file URL, resolved from the app's folder (so
// `import 'termblocks'` reaches the same dist/index.js the CLI runs). The result is
// cached per user, keyed by the app's path and checked against every input's size and
// mtime, so a second start costs a few stats: registering a loader such as tsx costs
// about 95 ms of every start, and loading esbuild about 30.
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import {homedir} from 'node:os';
import {dirname, join, resolve as resolvePath} from 'node:path';
import {pathToFileURL} from 'node:url';

interface Manifest {
  version: number;
  entry: string;
  inputs: {path: string; size: number; mtimeMs: number}[];
}

const FORMAT = 2;

/** Where compiled apps are kept: $XDG_CACHE_HOME/termblocks/apps, else ~/.cache/termblocks/apps. */
export function appCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'termblocks', 'apps');
}

export interface CompileOptions {
  /** Where `import 'termblocks'` goes when the app's folder cannot resolve it: the running CLI's entry. */
  ownEntry: string;
  /** Extra package-exports conditions to resolve packages with ("termblocks-source" when running from source). */
  conditions?: string[];
  cacheDir?: string;
}

export interface CompiledApp {
  /** The module to import. */
  url: string;
  /** The app's own files it was compiled from (packages are imported, not compiled in): what a reload watches. */
  inputs: string[];
}

/**
 * The module to import for the app at `path`: a cached compilation when every input is
 * unchanged, else a fresh one (written to the cache when it can be, else a data: URL).
 */
export async function compileApp(path: string, options: CompileOptions): Promise<CompiledApp> {
  const {ownEntry, conditions = [], cacheDir = appCacheDir()} = options;
  const key = createHash('sha256')
    .update([FORMAT, path, ownEntry, ...conditions].join('\0'))
    .digest('hex')
    .slice(0, 32);
  const output = join(cacheDir, `${key}.mjs`);
  const manifestFile = join(cacheDir, `${key}.json`);
  const cached = freshManifest(manifestFile, path);
  if (cached) return {url: pathToFileURL(output).href, inputs: cached.inputs.map(input => input.path)};

  const {code, inputs} = await bundle(path, ownEntry, conditions);
  try {
    mkdirSync(cacheDir, {recursive: true, mode: 0o700});
    // Written aside and renamed: two processes starting the same app never read half a file.
    const temporary = `${output}.${process.pid}.tmp`;
    writeFileSync(temporary, code, {mode: 0o600});
    renameSync(temporary, output);
    const manifest: Manifest = {version: FORMAT, entry: path, inputs: inputs.map(describe)};
    writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify(manifest), {mode: 0o600});
    renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
    return {url: pathToFileURL(output).href, inputs};
  } catch {
    // A read-only home still runs the app, compiled again on each start.
    return {url: `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`, inputs};
  }
}

function describe(path: string): Manifest['inputs'][number] {
  const stat = statSync(path);
  return {path, size: stat.size, mtimeMs: stat.mtimeMs};
}

/** The cached compilation's manifest when every input it lists is unchanged. */
function freshManifest(manifestFile: string, entry: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (manifest.version !== FORMAT || manifest.entry !== entry) return undefined;
    const unchanged = manifest.inputs.every(input => {
      const stat = statSync(input.path);
      return stat.size === input.size && stat.mtimeMs === input.mtimeMs;
    });
    return unchanged ? manifest : undefined;
  } catch {
    return undefined;
  }
}

const BARE = /^[^./]/;
const OWN_FILES = /\.(ts|tsx|mts|js|mjs|jsx)$/;

async function bundle(path: string, ownEntry: string, conditions: string[]): Promise<{code: string; inputs: string[]}> {
  const {build} = await import('esbuild');
  const result = await build({
    entryPoints: [path],
    absWorkingDir: dirname(path),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    conditions,
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'inline',
    sourcesContent: false,
    // The map's sources are relative to the app's folder, not to the cache the module is imported from,
    // so stack traces name the user's own files.
    sourceRoot: `${pathToFileURL(dirname(path)).href}/`,
    logLevel: 'silent',
    plugins: [
      {
        name: 'termblocks-app',
        setup(build) {
          // Packages stay packages: imported by absolute URL from the cached file.
          build.onResolve({filter: BARE}, async args => {
            if (args.pluginData === 'resolving') return undefined;
            if (isBuiltin(args.path)) return {path: args.path, external: true};
            const found = await build.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving'});
            if (found.errors.length === 0 && found.path) return {path: pathToFileURL(found.path).href, external: true};
            if (args.path === 'termblocks') return {path: ownEntry, external: true};
            return {errors: found.errors};
          });
          // import.meta of each of the app's files keeps naming that file, not the cache.
          build.onLoad({filter: OWN_FILES}, args => {
            const source = readFileSync(args.path, 'utf8');
            const url = JSON.stringify(pathToFileURL(args.path).href);
            const contents = source
              .replace(/\bimport\.meta\.url\b/g, url)
              .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path))
              .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)));
            const extension = OWN_FILES.exec(args.path)?.[1] ?? 'ts';
            const loader = extension === 'mts' ? 'ts' : extension === 'mjs' ? 'js' : (extension as 'ts' | 'tsx' | 'js' | 'jsx');
            return {contents, loader, resolveDir: dirname(args.path)};
          });
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs).map(input => resolvePath(dirname(path), input));
  return {code: result.outputFiles[0].text, inputs};
}
