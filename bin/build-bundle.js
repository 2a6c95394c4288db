#!/usr/bin/env node
// Prebuilds the CLI and the library into dist/ with esbuild, so that `termblocks`
// starts without compiling TypeScript or resolving hundreds of modules. The two
// entries share chunks: an app's `import 'termblocks'` (package exports ->
// dist/index.js) reaches the very module instances the CLI uses.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {buildTypes} from './build-types.js';
import {inkPatches} from './ink-patches.js';
import {STAMP_FILE, sourceStamp} from './source-stamp.js';

const root = new URL('..', import.meta.url).pathname;

/** The esbuild options every termblocks bundle shares (the benches bundle with them too). */
export const bundleOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minifySyntax: true,
  logLevel: 'warning',
  define: {
    // React's production build: smaller, and several times faster per render.
    'process.env.NODE_ENV': '"production"',
    // yoga-layout reads its inlined wasm through fetch() when fetch exists, which loads
    // Node's whole HTTP client to decode a data: URL (~10 ms of every start); without it,
    // it decodes the base64 itself. Nothing else in the bundle fetches.
    fetch: 'undefined',
  },
  external: ['ssh2', 'tsx', 'tsx/*', 'esbuild'],
  alias: {'react-devtools-core': `${root}bin/devtools-stub.js`},
  plugins: [inkPatches],
  // Bundled CommonJS (react, signal-exit) calls require() for Node's built-ins.
  banner: {
    js: "import {createRequire as __termblocksRequire} from 'node:module'; const require = __termblocksRequire(import.meta.url);",
  },
};

async function main() {
  const outdir = `${root}dist`;
  const started = performance.now();
  rmSync(outdir, {recursive: true, force: true});
  mkdirSync(outdir, {recursive: true});
  const result = await build({
    ...bundleOptions,
    entryPoints: {cli: 'cli.tsx', index: 'source/index.ts'},
    outdir,
    splitting: true,
    metafile: true,
  });
  writeFileSync(`${outdir}/meta.json`, JSON.stringify(result.metafile));
  const bundled = performance.now();
  const declarations = buildTypes().length;
  // Last, so a failed build leaves no stamp and bin/termblocks.js runs from source.
  writeFileSync(`${root}${STAMP_FILE}`, JSON.stringify({sources: sourceStamp(new URL('..', import.meta.url))}));
  console.log(
    `termblocks: bundled into dist/ in ${(bundled - started).toFixed(0)} ms, ${declarations} declaration files in ${(performance.now() - bundled).toFixed(0)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
