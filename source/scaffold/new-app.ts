import {existsSync, mkdirSync, readdirSync, realpathSync, symlinkSync, writeFileSync} from 'node:fs';
import {basename, join, relative, resolve, sep} from 'node:path';
import {APP, GITIGNORE, packageJson, TAPE, TEST, TSCONFIG} from './templates.js';

/** Why a project could not be made, in one line a user can act on. */
export class NewAppError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewAppError';
  }
}

export interface NewAppOptions {
  /** The installed termblocks package the new project uses: its folder and version. */
  termblocks: {root: string; version: string};
}

/**
 * `termblocks new <folder>`: writes a project that runs and passes its own test at once.
 * Its node_modules links this very installation of termblocks, so nothing is downloaded;
 * package.json names the package as `npm install` will want it later: this version range
 * for a package installed from a registry or a tarball, the folder itself for a checkout.
 */
export function newApp(folder: string, options: NewAppOptions): string[] {
  const target = resolve(folder);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new NewAppError(`${folder} already exists and is not empty: choose a new folder name`);
  }
  const name = basename(target)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '');
  const root = realpathSync(options.termblocks.root);
  const installed = root.split(sep).includes('node_modules');
  const spec = installed ? `^${options.termblocks.version}` : `file:${root}`;
  const files: [string, string][] = [
    ['package.json', packageJson(name || 'termblocks-app', spec)],
    ['tsconfig.json', TSCONFIG],
    ['app.ts', APP],
    ['app.tape', TAPE],
    ['app.test.ts', TEST],
    ['.gitignore', GITIGNORE],
  ];
  mkdirSync(target, {recursive: true});
  for (const [file, text] of files) writeFileSync(join(target, file), text);
  linkInstallation(target, root);
  return files.map(([file]) => relative(process.cwd(), join(target, file)) || file);
}

/** node_modules/termblocks and its command, as `npm install` would make them, pointing at this installation. */
function linkInstallation(target: string, root: string): void {
  mkdirSync(join(target, 'node_modules', '.bin'), {recursive: true});
  symlinkSync(root, join(target, 'node_modules', 'termblocks'), 'dir');
  symlinkSync('../termblocks/bin/termblocks.js', join(target, 'node_modules', '.bin', 'termblocks'));
}
