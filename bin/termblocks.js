#!/usr/bin/env node
// Starts the CLI from the prebuilt bundle (dist/, made by `npm run build`, which
// `npm install` runs as `prepare`) when it is at least as new as every source file,
// else from source through tsx's loader: slower to start, never stale.
// TERMBLOCKS_FROM_SOURCE=1 forces the latter.
import {existsSync, readdirSync, statSync} from 'node:fs';

const root = new URL('..', import.meta.url);
const bundle = new URL('dist/cli.js', root);

/** The newest modification time under a folder, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function bundleIsFresh() {
  if (process.env.TERMBLOCKS_FROM_SOURCE === '1' || !existsSync(bundle)) return false;
  const sources = Math.max(newest(new URL('source', root).pathname), statSync(new URL('cli.tsx', root)).mtimeMs);
  return statSync(bundle).mtimeMs >= sources;
}

if (bundleIsFresh()) {
  await import(bundle.href);
} else {
  const {register: registerTsx} = await import('tsx/esm/api');
  // The project's tsconfig (react-jsx) whatever the working directory.
  registerTsx({tsconfig: new URL('tsconfig.json', root).pathname});
  // Tells loadApp to resolve apps' `import 'termblocks'` to this source tree, not the bundle.
  globalThis[Symbol.for('termblocks.fromSource')] = true;
  await import('../cli.tsx');
}
