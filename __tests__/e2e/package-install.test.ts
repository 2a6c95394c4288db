// The package as the registry delivers it: `npm pack`, installed into a fresh project
// (`npm init -y`, so "type": "commonjs") with production dependencies only, then used
// the way a new user would: typecheck an app with strict settings, play a tape, serve it.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from '@jest/globals';
import {bundleIsCurrent} from '../helpers/bundle.js';
import {SshUser} from '../helpers/ssh.js';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'termblocks-package-'));
const project = join(work, 'project');
const env = {...process.env, XDG_CACHE_HOME: join(work, 'cache'), XDG_STATE_HOME: join(work, 'state')};
let packed: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(work, {recursive: true, force: true});
});

function run(command: string, args: string[], cwd = project) {
  const result = spawnSync(command, args, {cwd, env, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr};
}

const APP = `import * as gr from 'termblocks';

export default gr.Blocks({title: 'Greeter'}, () => {
  const name = gr.Textbox({label: 'Name'});
  const greet = gr.Button('Greet');
  const greeting = gr.Textbox({label: 'Greeting'});
  greet.click((who: string) => \`Hello, \${who || 'stranger'}!\`, [name], [greeting]);
});
`;

const TAPE = 'Set Columns 80\nSet Rows 20\nType "Ada"\nTab\nEnter\nWait+Screen /Hello, Ada!/\nExpect "Hello, Ada!"\n';

/** `tsc --init`'s defaults (TypeScript 7) with "module": "nodenext", strict on and skipLibCheck off. */
function tsconfig(overrides: Record<string, unknown> = {}): string {
  const compilerOptions = {
    module: 'nodenext',
    target: 'esnext',
    types: [],
    sourceMap: true,
    declaration: true,
    declarationMap: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    strict: true,
    jsx: 'react-jsx',
    verbatimModuleSyntax: true,
    isolatedModules: true,
    noUncheckedSideEffectImports: true,
    moduleDetection: 'force',
    skipLibCheck: false,
    noEmit: true,
    ...overrides,
  };
  return JSON.stringify({compilerOptions}, null, 2);
}

/** The repository's own TypeScript, run on the user's project. */
const tsc = (cwd: string) => run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], cwd);

beforeAll(() => {
  // What gets packed is dist/ as `npm test` built it (pretest); packing must not rebuild it under other tests.
  expect(bundleIsCurrent()).toBe(true);
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
  expect(pack.status).toBe(0);
  const [result] = JSON.parse(pack.stdout) as {filename: string; files: {path: string}[]}[];
  packed = result.files.map(file => file.path);
  mkdirSync(project);
  expect(run('npm', ['init', '-y']).status).toBe(0);
  const install = run('npm', [
    'install',
    '--prefer-offline',
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    join(work, result.filename),
  ]);
  expect(install.stderr).not.toMatch(/npm error/);
  expect(install.status).toBe(0);
  writeFileSync(join(project, 'app.mts'), APP);
  writeFileSync(join(project, 'app.tape'), TAPE);
}, 240_000);

describe('the packed package', () => {
  test('ships the bundle, the bin and the declarations, and no sources, tests or build metadata', () => {
    expect(packed).toEqual(
      expect.arrayContaining(['bin/termblocks.js', 'dist/cli.js', 'dist/index.js', 'dist/types/index.d.ts']),
    );
    expect(packed).toEqual(expect.arrayContaining(['dist/types/index.d.ts.map', 'package.json', 'README.md']));
    const unwanted = packed.filter(path => /^(source|__tests__|examples|bench)\/|^cli\.tsx$|meta\.json$|tsconfig/.test(path));
    expect(unwanted).toEqual([]);
  });

  test('starts its CLI from the installed bundle', () => {
    const help = run('npx', ['termblocks', '--help']);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: termblocks \[options\] \[command\]/);
    expect(help.stdout).toMatch(/run \[options\] <app>/);
  });

  test('typechecks a user app in a commonjs project (.mts, and .ts without verbatimModuleSyntax)', () => {
    writeFileSync(join(project, 'tsconfig.json'), tsconfig());
    expect(tsc(project).output).toBe('');
    const cjs = join(project, 'cjs');
    mkdirSync(cjs);
    writeFileSync(join(cjs, 'app.ts'), APP);
    writeFileSync(join(cjs, 'tsconfig.json'), tsconfig({verbatimModuleSyntax: false}));
    expect(tsc(cjs).output).toBe('');
  });

  test('typechecks .ts apps in a "type": "module" project, the examples among them', () => {
    const esm = join(project, 'esm');
    mkdirSync(esm);
    writeFileSync(join(esm, 'package.json'), '{"type": "module"}\n');
    writeFileSync(join(esm, 'tsconfig.json'), tsconfig());
    writeFileSync(join(esm, 'app.ts'), APP);
    for (const example of ['hangman', 'chat', 'chatroom', 'scores', 'form', 'calculator']) {
      copyFileSync(join(root, 'examples', `${example}.ts`), join(esm, `${example}.ts`));
    }
    expect(tsc(esm).output).toBe('');
  });

  (hasTmux ? test : test.skip)(
    'plays the app in a real terminal with npx termblocks run',
    async () => {
      const pane = new TmuxPane(`npx termblocks run app.mts; echo "exit status $?"; sleep 30`, {
        cwd: project,
        columns: 80,
        rows: 20,
      });
      try {
        await pane.waitFor(/Greet/, 30_000);
        pane.send('A', 'd', 'a', 'Tab', 'Enter');
        expect(await pane.waitFor(/Hello, Ada!/)).toContain('Greeting');
        pane.send('C-c');
        expect((await pane.waitFor(/exit status \d+/)).trim()).toBe('exit status 0');
      } finally {
        pane.kill();
      }
    },
    60_000,
  );

  test('plays a tape against the app with npx termblocks demo', () => {
    const result = run('npx', ['termblocks', 'demo', 'app.mts', 'app.tape']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^✓ app\.tape: 2 assertions held, 0 failed /);
    expect(result.status).toBe(0);
  });

  test('serves the app over SSH with the installed termblocks serve', async () => {
    // The very file npx runs, started directly so that its own exit status is seen.
    const child = spawn(join(project, 'node_modules/.bin/termblocks'), ['serve', 'app.mts', '--port', '0'], {cwd: project, env});
    children.push(child);
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', code => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    const user = await SshUser.connect({port, username: 'ada'});
    await user.waitFor(/Greet/);
    user.type('Ada');
    user.type('\t');
    user.type('\r');
    expect(await user.waitFor(/Hello, Ada!/)).toMatch(/Greeting/);
    user.end();
    const exited = new Promise(resolve => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/shutting down/);
  }, 60_000);
});
