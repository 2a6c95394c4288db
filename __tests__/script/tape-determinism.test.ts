import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {runTape} from '../../source/script/run-tape.js';
import {mountApp} from '../../source/terminal/mount.js';

// A tape records the same frames on every run, even for an app that picks at random
// or shows the time (Gradio's chatbot and timer demos): Math.random is seeded and
// Date.now follows the tape's clock while it plays, and both are real again after.

function app() {
  return gr.Blocks({title: 'Dice'}, () => {
    const out = gr.Textbox({label: 'Roll'});
    gr.Button('Roll').click(() => `${Math.floor(Math.random() * 1e6)} at ${new Date(Date.now()).toISOString()}`, null, out);
  });
}

const tape = 'Set Columns 60\nSet Rows 10\nTab\nSleep 2s\nEnter\nWait+Screen /at 2026/\n';
const play = () => runTape({tape, tapeFile: 'dice.tape', app: app(), mount: mountApp, fast: true, writeFiles: false});

test('two plays of a tape whose app uses Math.random and Date.now give the same frames, at the tape time from 2026-01-01', async () => {
  const [realRandom, realNow] = [Math.random, Date.now];
  const [first, second] = [await play(), await play()];
  expect(first.failure).toBeUndefined();
  expect(first.textFrames).toBe(second.textFrames);
  expect(first.textFrames).toMatch(/\d+ at 2026-01-01T00:00:02/);
  expect(Math.random).toBe(realRandom);
  expect(Date.now).toBe(realNow);
});
