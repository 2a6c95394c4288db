import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import demo from '../../examples/scores.js';

test('two sessions share one module-level list: each sees the top three of all scores', async () => {
  const [score, submit, top] = demo.components as [gr.Number, gr.Button, gr.JSON];
  const alice = demo.session();
  const bob = demo.session();
  for (const [session, value] of [
    [alice, 10],
    [bob, 30],
    [alice, 20],
    [bob, 5],
  ] as const) {
    await session.set(score, value);
    await session.click(submit);
  }
  expect(bob.value(top)).toEqual([30, 20, 10]);
  await bob.set(score, 25);
  await bob.click(submit);
  expect(bob.value(top)).toEqual([30, 25, 20]);
  // Alice's screen shows the shared list the next time her own event runs, as in Gradio.
  expect(alice.value(top)).toEqual([30, 20, 10]);
  await Promise.all([alice.close(), bob.close()]);
});

test('submitting without a score shows an error', async () => {
  const [score, submit] = demo.components as [gr.Number, gr.Button];
  const session = demo.session();
  await session.set(score, null);
  await session.click(submit);
  expect(session.notices.at(-1)?.message).toBe('Type a score first');
  await session.close();
});
