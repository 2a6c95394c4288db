// The exact answer to "was dist/ built from these sources?" in a development checkout:
// a hash of every file the bundle is made from. Modification times cannot answer it
// (npm writes a package's files in any order, git checkouts touch files at random).
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';

/** Files and folders, relative to the package root, that the bundle in dist/ is built from. */
const INPUTS = ['source', 'cli.tsx', 'package.json', 'bin/build-bundle.js', 'bin/ink-patches.js', 'bin/devtools-stub.js'];

function files(root, path) {
  const entries = readdirSync(new URL(path, root), {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap(entry => {
    const child = `${path}/${entry.name}`;
    return entry.isDirectory() ? files(root, child) : [child];
  });
}

/** A hex digest of the bundle's inputs under `root` (a URL of the package folder, ending in /). */
export function sourceStamp(root) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of input.includes('.') ? [input] : files(root, input)) {
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(new URL(file, root)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** Where `npm run build` records the stamp of the sources it bundled. */
export const STAMP_FILE = 'dist/build-stamp.json';
