import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import {diffTextFrames} from '../../source/script/golden-diff.js';
import {runTape} from '../../source/script/run-tape.js';
import {mountApp} from '../../source/terminal/mount.js';

// Every examples/<name>.tape plays against examples/<name>.ts with --fast, and its
// text frames must equal the committed golden examples/goldens/<name>.txt.
// To accept an intended change: termblocks demo examples/<name>.ts examples/<name>.tape --fast
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const tapes = readdirSync(examples)
  .filter(name => name.endsWith('.tape'))
  .map(name => name.slice(0, -'.tape'.length));

async function play(name: string) {
  const app = (await import(join(examples, `${name}.ts`))).default as gr.Blocks;
  const tapeFile = join(examples, `${name}.tape`);
  return runTape({tape: readFileSync(tapeFile, 'utf8'), tapeFile, app, mount: mountApp, fast: true, writeFiles: false});
}

describe.each(tapes)('examples/%s.tape', name => {
  test('plays with every assertion holding, and shows the screens of its committed golden file', async () => {
    const result = await play(name);
    if (result.failure) throw new Error(result.failure.message);
    const golden = join(examples, 'goldens', `${name}.txt`);
    expect(existsSync(golden)).toBe(true);
    const diff = diffTextFrames(readFileSync(golden, 'utf8'), result.textFrames);
    if (diff) throw new Error(`examples/goldens/${name}.txt does not match this run:\n${diff}`);
  });
});

test('the hangman tape gives byte-identical recordings on two runs', async () => {
  const [a, b] = [await play('hangman'), await play('hangman')];
  expect(a.cast).toBe(b.cast);
  expect(a.textFrames).toBe(b.textFrames);
  expect(a.svg).toBe(b.svg);
  const [header, ...events] = a.cast
    .trimEnd()
    .split('\n')
    .map(line => JSON.parse(line));
  expect(header).toMatchObject({version: 2, width: 80, height: 20, title: 'Hangman'});
  expect(events.length).toBeGreaterThan(10);
});
