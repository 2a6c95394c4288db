// A frame can change only what lies outside the app's body: a second toast for the same
// failure, the help panel. React then commits nothing to Ink's tree (the patched Ink's Boxes
// and Texts do not re-render when nothing they read changed), and Ink draws nothing; the
// frame must still show. The fixture tape plays it; the bundle plays it in ink-patches.test.ts.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import {runTape} from '../../source/script/run-tape.js';
import {mountApp} from '../../source/terminal/mount.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('a second toast for the same failure, and the help panel opened and closed, all show', async () => {
  const app = (await import(fixture('unchanged-body.ts'))).default as gr.Blocks;
  const tapeFile = fixture('unchanged-body.tape');
  const tape = readFileSync(tapeFile, 'utf8');
  const result = await runTape({tape, tapeFile, app, mount: mountApp, fast: true, writeFiles: false});
  if (result.failure) throw new Error(result.failure.message);
  expect(result.assertions).toEqual({total: 4, held: 4, failed: 0});
});
