import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from '@jest/globals';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(root, 'tmp-run-errors-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function run(...args: string[]) {
  const result = spawnSync('node', [join(root, 'bin/termblocks.js'), ...args], {cwd: dir, encoding: 'utf8', input: ''});
  return {status: result.status, stderr: result.stderr, stdout: result.stdout};
}

function app(name: string, source: string): string {
  writeFileSync(join(dir, name), source);
  return name;
}

test('a missing file is a one-line error and a non-zero exit', () => {
  const result = run('run', 'nope.ts');
  expect(result.stderr).toBe('termblocks: cannot find the app nope.ts: no such file\n');
  expect(result.status).toBe(1);
});

test('a syntax error names the file and line', () => {
  const result = run('run', app('broken.ts', "import * as gr from 'termblocks';\n\nconst x = ;\n"));
  expect(result.stderr).toMatch(/^termblocks: broken\.ts:3: syntax error: .+\n$/);
  expect(result.status).toBe(1);
});

test('a module without a Blocks export says what to add', () => {
  const result = run('run', app('plain.ts', 'export const answer = 42;\n'));
  expect(result.stderr).toBe('termblocks: plain.ts does not export a Blocks app as its default: add "export default demo"\n');
  expect(result.status).toBe(1);
});

test('an app that throws while building shows its message, not a stack', () => {
  const result = run(
    'run',
    app(
      'throws.ts',
      "import * as gr from 'termblocks';\nexport default gr.Blocks(() => { throw new Error('no words left'); });\n",
    ),
  );
  expect(result.stderr).toBe('termblocks: throws.ts failed while building its app: no words left\n');
  expect(result.status).toBe(1);
});

test('a build mistake caught by termblocks is reported the same way', () => {
  const result = run('run', app('outside.ts', "import * as gr from 'termblocks';\nexport default gr.Row(() => {});\n"));
  expect(result.stderr).toMatch(
    /^termblocks: outside\.ts failed while building its app: gr\.Row must be created inside gr\.Blocks/,
  );
});

test('piped input gets a clear message pointing at termblocks demo, exit status 2', () => {
  const result = run('run', join(root, 'examples/hangman.ts'));
  expect(result.stderr).toContain('termblocks run needs a terminal, but its input is not one');
  expect(result.stderr).toContain('termblocks demo');
  expect(result.stderr.split('\n')).toHaveLength(2);
  expect(result.status).toBe(2);
});

test('the app path alone runs it, like run; --version prints the version', () => {
  expect(run(join(root, 'examples/hangman.ts')).status).toBe(2);
  expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});
