// The bundle patches a few of Ink's internals for speed and bounded memory
// (bin/ink-patches.js). Each patch replaces an exact text, so an Ink upgrade that
// changes one must be caught here, and the patched bundle must draw exactly what the
// unpatched sources draw: the committed recordings.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from '@jest/globals';
import {PATCHED_FILES, patchText} from '../../bin/ink-patches.js';
import {bundleIsCurrent} from '../helpers/bundle.js';

const root = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'termblocks-ink-patches-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const installed = (target: (typeof PATCHED_FILES)[number]) =>
  readFileSync(join(root, 'node_modules', target.module, target.file), 'utf8');

test.each(PATCHED_FILES.map(target => [`${target.module}/${target.file}`, target] as const))(
  '%s still holds each text the bundle replaces, exactly once',
  (_name, target) => {
    const text = installed(target);
    for (const [from] of target.replacements) expect(text.split(from).length - 1).toBe(1);
    const patched = patchText(target, text);
    for (const [, to] of target.replacements) expect(patched).toContain(to);
  },
);

test('a text that is no longer there fails the build, naming the file and the text', () => {
  const target = PATCHED_FILES[0];
  expect(() => patchText(target, 'export {};')).toThrow(`${target.module}'s ${target.file} changed`);
});

const run = bundleIsCurrent() ? test : test.skip;
if (!bundleIsCurrent()) console.warn('dist/ is not built from these sources (npm test builds it): skipping the bundle checks');

run('the bundle carries every patch', () => {
  const bundle = readdirSync(join(root, 'dist'))
    .filter(name => name.endsWith('.js'))
    .map(name => readFileSync(join(root, 'dist', name), 'utf8'))
    .join('\n');
  // esbuild reprints the code it bundles (4000 becomes 4e3), so look for the names the patches bring in.
  for (const name of [
    'SHARED_CACHES',
    'BLANK',
    'accessibilityValue',
    'cacheSize',
    'sameStyles',
    'planRows',
    'withSubtreeCache',
    'markChanged',
    'KEPT_ROW',
    'textTransform',
  ]) {
    expect(bundle).toMatch(new RegExp(`\\b${name}\\d*\\b`));
  }
  expect(bundle).toMatch(/row\.push\(BLANK\d*\)/);
});

run.each(['form', 'chat'])('the patched bundle records %s.tape byte for byte as its committed .cast', name => {
  const tape = readFileSync(join(root, 'examples', `${name}.tape`), 'utf8').replace(/^Output .*$/gm, '');
  const copy = join(scratch, `${name}.tape`);
  writeFileSync(copy, `Output ${name}.cast\n${tape}`);
  const played = spawnSync(
    'node',
    [join(root, 'bin/termblocks.js'), 'demo', join(root, 'examples', `${name}.ts`), copy, '--fast'],
    {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, TERMBLOCKS_FROM_SOURCE: ''},
      timeout: 60000,
    },
  );
  expect(played.stderr + played.stdout).toMatch(/assertions held, 0 failed|no assertions/);
  expect(readFileSync(join(scratch, `${name}.cast`), 'utf8')).toBe(
    readFileSync(join(root, 'examples', 'goldens', `${name}.cast`), 'utf8'),
  );
});
