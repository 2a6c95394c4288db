// The bundle's frame caches (bin/ink-frame-cache.js, wired in by bin/ink-patches.js)
// must draw exactly the frames unpatched Ink draws. Random trees, changed a step at a
// time (texts, styles, children, display, clipping, wide characters, the width), are
// bundled twice, with and without the patches, and every frame is compared.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, expect, test} from '@jest/globals';
import {build} from 'esbuild';
import {bundleOptions} from '../../bin/build-bundle.js';
import {inkPatches} from '../../bin/ink-patches.js';

const root = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'termblocks-frame-cache-'));
const SEEDS = 60;
const STEPS = 80;
const frames: Record<'patched' | 'plain', string[][]> = {patched: [], plain: []};

beforeAll(async () => {
  for (const [name, plugins] of [
    ['patched', [inkPatches]],
    ['plain', []],
  ] as const) {
    const outdir = join(scratch, name);
    await build({
      ...bundleOptions,
      plugins: [...plugins],
      entryPoints: {frames: `${root}__tests__/fixtures/ink-random-frames.tsx`},
      outdir,
    });
    // In a child: Jest's module runner cannot load the bundle (yoga's top-level await).
    const run = spawnSync(
      'node',
      [
        '--input-type=module',
        '-e',
        `const {randomFrames} = await import(${JSON.stringify(pathToFileURL(join(outdir, 'frames.js')).href)});
         const all = [];
         for (let seed = 1; seed <= ${SEEDS}; seed++) all.push(randomFrames(seed, ${STEPS}));
         process.stdout.write(JSON.stringify(all));`,
      ],
      // The child's stdout is a pipe, where chalk would draw no colour at all: colours, bold and
      // backgrounds (and the style changes that only recolour a border) must be compared too.
      {encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '3'}},
    );
    if (run.status !== 0) throw new Error(`${name} bundle failed: ${run.stderr}`);
    frames[name] = JSON.parse(run.stdout) as string[][];
  }
}, 120000);
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

test('only the patched bundle holds the frame caches', () => {
  expect(readFileSync(join(scratch, 'patched', 'frames.js'), 'utf8')).toMatch(/planRows/);
  expect(readFileSync(join(scratch, 'plain', 'frames.js'), 'utf8')).not.toMatch(/planRows/);
});

test('the frames compared are in colour, so a change that only recolours is compared too', () => {
  const all = frames.plain.flat().join('');
  // Red borders and texts, blue backgrounds, bold texts.
  expect(all).toContain('\u001b[31m');
  expect(all).toContain('\u001b[44m');
  expect(all).toContain('\u001b[1m');
});

test(`patched and unpatched Ink draw the same frames for ${SEEDS} random trees, ${STEPS} changes each`, () => {
  let compared = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const patched = frames.patched[seed - 1];
    const plain = frames.plain[seed - 1];
    const first = plain.findIndex((frame, i) => patched[i] !== frame);
    // A failing seed names its first differing frame, to replay with randomFrames(seed, steps).
    expect({seed, first, frame: first === -1 ? undefined : patched[first]}).toEqual({seed, first: -1, frame: undefined});
    expect(patched.length).toBe(plain.length);
    compared += plain.length;
  }
  expect(compared).toBeGreaterThan(SEEDS * STEPS);
});
