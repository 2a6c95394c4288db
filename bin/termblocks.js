#!/usr/bin/env node
// Starts the CLI. An installed package (it ships no cli.tsx) always runs its prebuilt
// bundle, dist/. A development checkout runs the bundle only when the stamp that
// `npm run build` wrote matches a hash of today's sources, else it runs from source
// through tsx's loader: slower to start, never stale. TERMBLOCKS_FROM_SOURCE=1 forces
// the source path in a checkout.
import {existsSync, readFileSync} from 'node:fs';

const root = new URL('..', import.meta.url);
const bundle = new URL('dist/cli.js', root);
const checkout = existsSync(new URL('cli.tsx', root));

async function bundleIsCurrent() {
  if (process.env.TERMBLOCKS_FROM_SOURCE === '1') return false;
  const {STAMP_FILE, sourceStamp} = await import('./source-stamp.js');
  try {
    return JSON.parse(readFileSync(new URL(STAMP_FILE, root), 'utf8')).sources === sourceStamp(root);
  } catch {
    return false;
  }
}

if (!checkout) {
  if (!existsSync(bundle)) {
    process.stderr.write(`termblocks: this installation has no ${bundle.pathname}: reinstall the package\n`);
    process.exit(2);
  }
  await import(bundle.href);
} else if (await bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const {register: registerTsx} = await import('tsx/esm/api');
  // The project's tsconfig (react-jsx) whatever the working directory.
  registerTsx({tsconfig: new URL('tsconfig.json', root).pathname});
  // Tells loadApp to resolve apps' `import 'termblocks'` to this source tree, not the bundle.
  globalThis[Symbol.for('termblocks.fromSource')] = true;
  await import('../cli.tsx');
}
