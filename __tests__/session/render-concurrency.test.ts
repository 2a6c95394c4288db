// concurrencyLimit and concurrencyId on listeners a gr.render run made: honoured across sessions, as Gradio's queue.
import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred, eventually} from './recording-logger.js';

/** Counts overlapping runs; each run waits for the gate. */
function overlap() {
  const gate = deferred();
  const active = {now: 0, most: 0, started: 0};
  const work = async () => {
    active.started++;
    active.now++;
    active.most = Math.max(active.most, active.now);
    await gate.promise;
    active.now--;
  };
  return {gate, active, work};
}

/** The button "inside" the session's latest render run shows. */
function inside(session: gr.Session): gr.Button {
  const button = session.components.find(c => c instanceof gr.Button && session.value(c) === 'inside');
  if (!button) throw new Error('the render has not run');
  return button as gr.Button;
}

/** Each session clicks its own "inside", once its render has run. */
async function clickEach(sessions: gr.Session[]) {
  await Promise.all(sessions.map(s => s.idle()));
  return sessions.map(s => s.click(inside(s)));
}

test("a limit given in a render holds for its concurrencyId's group, app listeners and every session included", async () => {
  const {gate, active, work} = overlap();
  let outside!: gr.Button;
  const demo = gr.Blocks(() => {
    outside = gr.Button('outside');
    outside.click(work, null, null, {concurrencyId: 'gpu'});
    // A closure of each run, so only the id groups these listeners.
    gr.render(() => gr.Button('inside').click(() => work(), null, null, {concurrencyId: 'gpu', concurrencyLimit: 1}));
  });
  const sessions = [demo.session(), demo.session(), demo.session()];
  const clicks = [...(await clickEach(sessions)), sessions[0]?.click(outside)];
  await eventually(() => active.started === 1);
  await new Promise(resolve => setTimeout(resolve, 20));
  expect(active.started).toBe(1);
  gate.resolve();
  await Promise.all(clicks);
  expect(active).toMatchObject({started: 4, most: 1});
  await Promise.all(sessions.map(s => s.close()));
});

test("a concurrencyLimit given in a render holds for its function's runs in every session, the smallest limit of its group", async () => {
  const {gate, active, work} = overlap();
  let outside!: gr.Button;
  const demo = gr.Blocks(() => {
    outside = gr.Button('outside');
    outside.click(work, null, null, {concurrencyLimit: 3});
    // One function for every run and session: Gradio groups listeners without an id by their function.
    gr.render(() => gr.Button('inside').click(work, null, null, {concurrencyLimit: 2}));
  });
  const sessions = [demo.session(), demo.session(), demo.session(), demo.session()];
  const clicks = [...(await clickEach(sessions)), sessions[0]?.click(outside)];
  await eventually(() => active.started === 2);
  await new Promise(resolve => setTimeout(resolve, 20));
  expect(active.started).toBe(2);
  gate.resolve();
  await Promise.all(clicks);
  expect(active).toMatchObject({started: 5, most: 2});
  await Promise.all(sessions.map(s => s.close()));
});

test("a render's closure is a group of its own: its limit does not reach the app's first listener, nor the app's its", async () => {
  const {gate, active, work} = overlap();
  let first!: gr.Button;
  const demo = gr.Blocks(() => {
    first = gr.Button('first');
    first.click(() => work(), null, null, {concurrencyLimit: 1});
    gr.render(() => gr.Button('inside').click(() => work()));
  });
  const s = demo.session();
  const t = demo.session();
  const clicks = [...(await clickEach([s, t])), s.click(first)];
  await eventually(() => active.started === 3);
  gate.resolve();
  await Promise.all(clicks);
  expect(active.most).toBe(3);
  await Promise.all([s.close(), t.close()]);
});
