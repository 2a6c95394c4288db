import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import {diffTextFrames} from '../../source/script/golden-diff.js';
import {runTape} from '../../source/script/run-tape.js';
import {mountApp} from '../../source/terminal/mount.js';

// Every examples/gradio/<name>.tape (Gradio's own demos, translated) plays against
// examples/gradio/<name>.ts with --fast, and its text frames must equal the golden
// examples/goldens/gradio/<name>.txt. To accept an intended change:
// termblocks demo examples/gradio/<name>.ts examples/gradio/<name>.tape --fast
const folder = fileURLToPath(new URL('../../examples/gradio/', import.meta.url));
const goldens = fileURLToPath(new URL('../../examples/goldens/gradio/', import.meta.url));
const tapes = readdirSync(folder)
  .filter(name => name.endsWith('.tape'))
  .map(name => name.slice(0, -'.tape'.length));

test('every Gradio demo in examples/gradio has a tape', () => {
  const apps = readdirSync(folder).filter(name => name.endsWith('.ts'));
  expect(apps.map(name => name.slice(0, -'.ts'.length)).sort()).toEqual([...tapes].sort());
  expect(tapes.length).toBeGreaterThanOrEqual(5);
});

describe.each(tapes)('examples/gradio/%s.tape', name => {
  test('plays with every assertion holding, and shows the screens of its committed golden file', async () => {
    const app = (await import(join(folder, `${name}.ts`))).default as gr.Blocks;
    const tapeFile = join(folder, `${name}.tape`);
    const result = await runTape({
      tape: readFileSync(tapeFile, 'utf8'),
      tapeFile,
      app,
      mount: mountApp,
      fast: true,
      writeFiles: false,
    });
    if (result.failure) throw new Error(result.failure.message);
    const golden = join(goldens, `${name}.txt`);
    expect(existsSync(golden)).toBe(true);
    const diff = diffTextFrames(readFileSync(golden, 'utf8'), result.textFrames);
    if (diff) throw new Error(`examples/goldens/gradio/${name}.txt does not match this run:\n${diff}`);
  });
});
