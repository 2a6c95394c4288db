import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';
import {deferred} from './recording-logger.js';

const sessions: gr.Session[] = [];
let mounted: MountedApp | undefined;
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
  for (const session of sessions.splice(0)) await session.close();
});

/** An app whose button runs `fn` into one Textbox, and records the output's progress each time `look` is called. */
function progressApp(fn: (look: () => void) => gr.Handler) {
  const seen: unknown[] = [];
  let btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox({label: 'Out'});
    btn.click(
      fn(() => seen.push(s.status(out)?.progress)),
      null,
      out,
    );
  });
  const s = open(demo);
  return {s, btn, out, seen};
}

test('progress.tqdm over an array shows the fraction done and "desc i/total steps" as the loop goes', async () => {
  const {s, btn, out, seen} = progressApp(look => (context: gr.HandlerContext) => {
    let word = '';
    for (const letter of context.progress.tqdm(['a', 'b', 'c', 'd'], {desc: 'Reversing'})) {
      look();
      word = letter + word;
    }
    look();
    return word;
  });
  await s.click(btn);
  expect(s.value(out)).toBe('dcba');
  expect(seen).toEqual([
    {fraction: 0, description: 'Reversing 0/4 steps'},
    {fraction: 0.25, description: 'Reversing 1/4 steps'},
    {fraction: 0.5, description: 'Reversing 2/4 steps'},
    {fraction: 0.75, description: 'Reversing 3/4 steps'},
    {fraction: 1, description: 'Reversing 4/4 steps'},
  ]);
});

test('for await over an async iterable: unknown length shows a spinner and a count; total and unit can be given', async () => {
  async function* chunks() {
    for (const chunk of ['x', 'y', 'z']) {
      await new Promise(resolve => setTimeout(resolve, 1));
      yield chunk;
    }
  }
  const {s, btn, out, seen} = progressApp(look => async () => {
    let text = '';
    for await (const chunk of gr.context().progress.tqdm(chunks())) {
      look();
      text += chunk;
    }
    for await (const chunk of gr.context().progress.tqdm(chunks(), {total: 3, unit: 'chunks', desc: 'Known'})) {
      if (chunk === 'z') look();
    }
    return text;
  });
  await s.click(btn);
  expect(s.value(out)).toBe('xyz');
  expect(seen).toEqual([
    {fraction: null, description: '0 steps'},
    {fraction: null, description: '1 steps'},
    {fraction: null, description: '2 steps'},
    {fraction: 2 / 3, description: 'Known 2/3 chunks'},
  ]);
});

test('a generator without a length (a Set has one, an iterator has none) counts without a fraction', async () => {
  function* numbers() {
    yield 1;
    yield 2;
  }
  const {s, btn, seen} = progressApp(look => (context: gr.HandlerContext) => {
    for (const _ of context.progress.tqdm(new Set([1, 2, 3]))) {
      // walk it
    }
    look();
    for (const _ of context.progress.tqdm(numbers(), {desc: 'Gen'})) {
      // walk it
    }
    look();
    return 'ok';
  });
  await s.click(btn);
  expect(seen).toEqual([
    {fraction: 1, description: '3/3 steps'},
    {fraction: null, description: 'Gen 2 steps'},
  ]);
});

test('on screen the status line beside the output shows the bar and the count while the loop waits', async () => {
  const waiting = deferred();
  const gate = deferred();
  const {s, btn} = progressApp(() => async (context: gr.HandlerContext) => {
    for (const i of context.progress.tqdm([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {desc: 'Counting'})) {
      if (i === 4) {
        waiting.resolve();
        await gate.promise;
      }
    }
    return 'done';
  });
  const terminal = new TestTerminal(70, 12);
  mounted = mountApp(s, terminal);
  const click = s.click(btn);
  await waiting.promise;
  // The screen redraws on its own frame clock: wait for the frame that shows the status.
  let screen = await terminal.screen();
  for (let tries = 0; tries < 100 && !screen.includes('Counting'); tries++) {
    await new Promise(resolve => setTimeout(resolve, 20));
    screen = await terminal.screen();
  }
  expect(screen.split('\n').find(line => line.startsWith('Out'))).toMatch(
    /^Out \S \d+\.\ds ███░░░░░░░ 30% Counting 3\/10 steps$/,
  );
  gate.resolve();
  await click;
});
