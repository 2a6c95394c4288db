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

/** Every example's tape (examples/ and examples/gradio/), as a path below examples/ without .tape. */
const tapes = [
  ...readdirSync(join(root, 'examples')).filter(name => name.endsWith('.tape')),
  ...readdirSync(join(root, 'examples', 'gradio'))
    .filter(name => name.endsWith('.tape'))
    .map(name => `gradio/${name}`),
].map(name => name.slice(0, -'.tape'.length));

/** Plays `tape` against `app` with the bundle, `--fast`, in the scratch folder; returns what it printed. */
function playBundled(app: string, tape: string): string {
  const played = spawnSync('node', [join(root, 'bin/termblocks.js'), 'demo', app, tape, '--fast'], {
    cwd: scratch,
    encoding: 'utf8',
    env: {...process.env, TERMBLOCKS_FROM_SOURCE: ''},
    timeout: 60000,
  });
  return played.stderr + played.stdout;
}

// The unpatched sources play these same tapes in gradio-tapes.test.ts and script/examples.test.ts.
run.each(tapes)('the patched bundle records examples/%s.tape byte for byte as its committed .cast', name => {
  const tape = readFileSync(join(root, 'examples', `${name}.tape`), 'utf8').replace(/^Output .*$/gm, '');
  const flat = name.replace('/', '-');
  const cast = join(scratch, `${flat}.cast`);
  const copy = join(scratch, `${flat}.tape`);
  writeFileSync(copy, `Output ${cast}\n${tape}`);
  expect(playBundled(join(root, 'examples', `${name}.ts`), copy)).toMatch(/assertions held, 0 failed|no assertions/);
  expect(readFileSync(cast, 'utf8')).toBe(readFileSync(join(root, 'examples', 'goldens', `${name}.cast`), 'utf8'));
});

// With the patches, a frame that changes nothing in the body makes React commit nothing to
// Ink's tree, and Ink draws nothing: the frame must still show its toast and its help panel.
// Unpatched Ink re-renders every Box and Text on every frame, so only the bundle can show this.
run('the patched bundle draws frames that change only what lies outside the body', () => {
  const fixture = (name: string) => join(root, '__tests__', 'fixtures', name);
  expect(playBundled(fixture('unchanged-body.ts'), fixture('unchanged-body.tape'))).toMatch(/4 assertions held, 0 failed/);
});
