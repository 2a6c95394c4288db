import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from '@jest/globals';

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

test('termblocks alone lists its commands', () => {
  const result = run();
  expect(result.stdout).toMatch(/^Usage: termblocks \[options\] \[command\]\n/);
  for (const command of ['run [options] <app>', 'serve [options] <app>', 'demo [options] <app> <tape>', 'new <folder>']) {
    expect(result.stdout).toContain(command);
  }
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('an import of a package that is not installed names the package and how to install it', () => {
  const result = run(
    'run',
    app(
      'needs.ts',
      "import * as gr from 'termblocks';\nimport pad from '@acme/pad/left';\nexport default gr.Blocks(() => { gr.Markdown(pad); });\n",
    ),
  );
  expect(result.stderr).toBe(
    'termblocks: needs.ts:2: cannot import "@acme/pad/left": the package @acme/pad is not installed where the app is; install it with: npm install @acme/pad\n',
  );
  expect(result.status).toBe(1);
});

describe('termblocks demo', () => {
  const tape = () => {
    writeFileSync(join(dir, 'one.tape'), 'Set Columns 60\nSet Rows 10\nEnter\nSleep 300ms\nExpect "Out"\n');
    return 'one.tape';
  };

  test('exits 2 for an app that cannot be used: a missing file, a syntax error, no default export', () => {
    const missing = run('demo', 'nope.ts', tape());
    expect(missing.stderr).toBe('termblocks: cannot find the app nope.ts: no such file\n');
    expect(missing.status).toBe(2);
    const broken = run('demo', app('broken2.ts', 'const x = ;\n'), tape());
    expect(broken.stderr).toMatch(/^termblocks: broken2\.ts:1: syntax error: .+\n$/);
    expect(broken.status).toBe(2);
    const plain = run('demo', app('plain2.ts', 'export const answer = 42;\n'), tape());
    expect(plain.stderr).toBe('termblocks: plain2.ts does not export a Blocks app as its default: add "export default demo"\n');
    expect(plain.status).toBe(2);
  });

  test('--export picks a named export, as its own error message suggests', () => {
    const file = app(
      'named.ts',
      "import * as gr from 'termblocks';\nexport const calc = gr.Blocks(() => { gr.Textbox({label: 'Out'}); });\n",
    );
    const without = run('demo', file, tape());
    expect(without.stderr).toBe(
      'termblocks: named.ts does not export a Blocks app as its default: it has one named "calc", so add --export calc or "export default calc"\n',
    );
    const withExport = run('demo', file, tape(), '--export', 'calc');
    expect(withExport.stdout).toMatch(/^✓ one\.tape: 1 assertion held, 0 failed /);
    expect(withExport.status).toBe(0);
  });

  test("a handler's stack trace names the app's own file and line", () => {
    const file = app(
      'boom.ts',
      [
        "import * as gr from 'termblocks';",
        'export default gr.Blocks(() => {',
        "  const go = gr.Button('Go');",
        "  const out = gr.Textbox({label: 'Out'});",
        '  go.click(() => {',
        "    throw new Error('kaboom');",
        '  }, [], [out]);',
        '});',
        '',
      ].join('\n'),
    );
    const result = run('demo', file, tape());
    expect(result.stderr).toContain('Error: kaboom');
    expect(result.stderr).toContain(`(${join(dir, 'boom.ts')}:6:11)`);
    expect(result.stderr).not.toContain('.cache');
  });

  test('NO_COLOR records the screen without colours, keeping bold and inverse', () => {
    writeFileSync(join(dir, 'rec.tape'), 'Output rec.cast\nSet Columns 60\nSet Rows 12\nType "g"\nSleep 200ms\n');
    const plain = spawnSync('node', [join(root, 'bin/termblocks.js'), 'demo', join(root, 'examples/hangman.ts'), 'rec.tape'], {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
    });
    expect(plain.status).toBe(0);
    const frames = readFileSync(join(dir, 'rec.cast'), 'utf8');
    expect(frames).not.toMatch(/\\u001b\[[\d;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;[\d;]*)?m/);
    expect(frames).toMatch(/\\u001b\[[\d;]*[17]m/);
    expect(run('demo', join(root, 'examples/hangman.ts'), 'rec.tape').status).toBe(0);
    expect(readFileSync(join(dir, 'rec.cast'), 'utf8')).toMatch(/\\u001b\[[\d;]*(3[0-9]|9[0-7])m/);
  });
});
