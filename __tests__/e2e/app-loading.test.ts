// How the real CLI finds and imports an app: the prebuilt bundle compiles TypeScript
// apps with esbuild into a per-user cache; the source fallback (no fresh bundle) loads
// them through tsx. Both must run the same apps the same way.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from '@jest/globals';
import {bundleIsCurrent} from '../helpers/bundle.js';

const root = new URL('../..', import.meta.url).pathname;
const inside = mkdtempSync(join(root, 'tmp-app-loading-'));
const outside = mkdtempSync(join(tmpdir(), 'termblocks-outside-'));
const cache = join(inside, 'cache');
afterAll(() => {
  rmSync(inside, {recursive: true, force: true});
  rmSync(outside, {recursive: true, force: true});
});

/** The real CLI in `dir`, with the tests' own compiled-app cache. */
function termblocks(dir: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync('node', [join(root, 'bin/termblocks.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, XDG_CACHE_HOME: cache, ...env},
  });
}

function demo(dir: string, app: string, tape: string, env: Record<string, string> = {}) {
  const result = termblocks(dir, ['demo', app, tape, '--fast'], env);
  return {status: result.status, output: result.stdout + result.stderr};
}

/** An app split over two TypeScript files that also reads a text file beside itself. */
function writeApp(dir: string, word: string): void {
  writeFileSync(join(dir, 'greeting.txt'), 'hello from a file beside the app\n');
  writeFileSync(join(dir, 'words.ts'), `export const word: string = '${word}';\n`);
  writeFileSync(
    join(dir, 'app.ts'),
    [
      "import {readFileSync} from 'node:fs';",
      "import * as gr from 'termblocks';",
      "import {word} from './words.js';",
      '',
      "const greeting = readFileSync(new URL('./greeting.txt', import.meta.url), 'utf8').trim();",
      'export default gr.Blocks(() => {',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the app's own template literal
      '  gr.Markdown(`${greeting}; the word is ${word}`);',
      '});',
      '',
    ].join('\n'),
  );
}

function tape(dir: string, expected: string): string {
  writeFileSync(join(dir, 'check.tape'), `Set Columns 80\nSet Rows 10\nExpect "${expected}"\n`);
  return 'check.tape';
}

beforeAll(() => {
  // `npm test` builds the bundle first (pretest), so these tests run it, not the source fallback.
  expect(bundleIsCurrent()).toBe(true);
});

describe('the prebuilt CLI', () => {
  test('runs a TypeScript app that imports its own module and reads a file through import.meta.url', () => {
    const dir = join(inside, 'split');
    mkdirSync(dir);
    writeApp(dir, 'lantern');
    const result = demo(dir, 'app.ts', tape(dir, 'hello from a file beside the app; the word is lantern'));
    expect(result.output).toMatch(/^✓ check\.tape: 1 assertion held, 0 failed/);
    expect(result.status).toBe(0);
  });

  test('keeps compiled apps in the user cache, private to the user, and recompiles when any input changes', () => {
    const dir = join(inside, 'edited');
    mkdirSync(dir);
    writeApp(dir, 'first');
    expect(demo(dir, 'app.ts', tape(dir, 'the word is first')).status).toBe(0);
    const files = readdirSync(join(cache, 'termblocks/apps'));
    expect(files.some(name => name.endsWith('.mjs'))).toBe(true);
    for (const name of files) expect(statSync(join(cache, 'termblocks/apps', name)).mode & 0o777).toBe(0o600);

    // Only the imported module changes; a later mtime makes the edit certain to be seen.
    writeFileSync(join(dir, 'words.ts'), "export const word: string = 'second';\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'words.ts'), later, later);
    const again = demo(dir, 'app.ts', tape(dir, 'the word is second'));
    expect(again.output).toMatch(/^✓ check\.tape: 1 assertion held, 0 failed/);
    expect(again.status).toBe(0);
  });

  test("gives an app outside any project this installation's termblocks", () => {
    writeApp(outside, 'elsewhere');
    const result = demo(outside, 'app.ts', tape(outside, 'the word is elsewhere'));
    expect(result.output).toMatch(/^✓ check\.tape: 1 assertion held, 0 failed/);
    expect(result.status).toBe(0);
  });

  test('names the file and line of an import that cannot be resolved', () => {
    const dir = join(inside, 'missing');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'app.ts'),
      "import * as gr from 'termblocks';\nimport {x} from './nowhere.js';\nexport default gr.Blocks(() => { gr.Markdown(x); });\n",
    );
    const result = termblocks(dir, ['run', 'app.ts']);
    expect(result.stderr).toBe('termblocks: app.ts:2: cannot import "./nowhere.js": there is no such file\n');
    expect(result.status).toBe(1);
  });
});

describe('the source fallback (no fresh bundle)', () => {
  test('runs the same split TypeScript app through tsx', () => {
    const dir = join(inside, 'source');
    mkdirSync(dir);
    writeApp(dir, 'tsx');
    const result = demo(dir, 'app.ts', tape(dir, 'hello from a file beside the app; the word is tsx'), {
      TERMBLOCKS_FROM_SOURCE: '1',
    });
    expect(result.output).toMatch(/^✓ check\.tape: 1 assertion held, 0 failed/);
    expect(result.status).toBe(0);
  });

  test("gives an app outside any project this installation's termblocks", () => {
    const dir = join(outside, 'source');
    mkdirSync(dir);
    writeApp(dir, 'outside-source');
    const result = demo(dir, 'app.ts', tape(dir, 'the word is outside-source'), {TERMBLOCKS_FROM_SOURCE: '1'});
    expect(result.output).toMatch(/^✓ check\.tape: 1 assertion held, 0 failed/);
    expect(result.status).toBe(0);
  });
});
