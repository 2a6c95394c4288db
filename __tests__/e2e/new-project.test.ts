// `termblocks new`: the folder it makes runs and passes its own test at once, with no download.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from '@jest/globals';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'termblocks-new-'));
const env = {...process.env, XDG_CACHE_HOME: join(work, 'cache')};
afterAll(() => rmSync(work, {recursive: true, force: true}));

function termblocks(args: string[], cwd = work) {
  return spawnSync('node', [join(root, 'bin/termblocks.js'), ...args], {cwd, env, encoding: 'utf8'});
}

test('makes a project whose own headless test and tape pass at once', () => {
  const made = termblocks(['new', 'my-app']);
  expect(made.stderr).toBe('');
  expect(made.stdout).toBe(
    'termblocks: made my-app: my-app/package.json, my-app/tsconfig.json, my-app/app.ts, my-app/app.tape, my-app/app.test.ts, my-app/.gitignore\n\n  cd my-app\n  npm start    # plays app.ts in this terminal\n  npm test     # its headless test and its tape\n',
  );
  expect(made.status).toBe(0);
  const project = join(work, 'my-app');
  const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  expect(pkg).toMatchObject({name: 'my-app', type: 'module', dependencies: {termblocks: `file:${root.replace(/\/$/, '')}`}});

  const tested = spawnSync('npm', ['test'], {cwd: project, env, encoding: 'utf8'});
  expect(tested.stdout).toMatch(/^# pass 1$/m);
  expect(tested.stdout).toMatch(/^# fail 0$/m);
  expect(tested.stdout).toMatch(/✓ app\.tape: 2 assertions held, 0 failed /);
  expect(tested.status).toBe(0);
});

test('its test fails when the app breaks, so it tests something', () => {
  const project = join(work, 'my-app');
  const app = readFileSync(join(project, 'app.ts'), 'utf8');
  writeFileSync(join(project, 'app.ts'), app.replace('const next = sum + by;', 'const next = sum - by;'));
  const tested = spawnSync('npm', ['test'], {cwd: project, env, encoding: 'utf8'});
  expect(tested.stdout).toMatch(/^# fail 1$/m);
  expect(tested.status).not.toBe(0);
});

test('refuses a folder that is not empty, and says what to do', () => {
  mkdirSync(join(work, 'taken'));
  writeFileSync(join(work, 'taken', 'notes.txt'), 'mine\n');
  const result = termblocks(['new', 'taken']);
  expect(result.stderr).toBe('termblocks: taken already exists and is not empty: choose a new folder name\n');
  expect(result.status).toBe(2);
  expect(readFileSync(join(work, 'taken', 'notes.txt'), 'utf8')).toBe('mine\n');
});
