import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred, eventually} from './recording-logger.js';

/** An app with listeners that count how many of their runs overlap. */
function overlapApp(options: Record<string, gr.ListenerOptions>) {
  const gate = {current: deferred()};
  const active = {now: 0, most: 0, started: 0};
  const buttons: Record<string, gr.Button> = {};
  const demo = gr.Blocks(() => {
    for (const [name, listenerOptions] of Object.entries(options)) {
      buttons[name] = gr.Button(name);
      buttons[name].click(
        async () => {
          active.started++;
          active.now++;
          active.most = Math.max(active.most, active.now);
          await gate.current.promise;
          active.now--;
        },
        null,
        null,
        listenerOptions,
      );
    }
  });
  return {demo, buttons, gate, active};
}

test('concurrencyLimit 1 lets one run at a time across every session of the app', async () => {
  const {demo, buttons, gate, active} = overlapApp({go: {concurrencyLimit: 1}});
  const sessions = [demo.session(), demo.session(), demo.session()];
  const clicks = sessions.map(s => s.click(buttons.go));
  await eventually(() => active.started === 1);
  await new Promise(resolve => setTimeout(resolve, 20));
  expect(active.started).toBe(1);
  gate.current.resolve();
  await Promise.all(clicks);
  expect(active).toMatchObject({started: 3, most: 1});
  await Promise.all(sessions.map(s => s.close()));
});

test('concurrencyLimit 2 lets two run at once', async () => {
  const {demo, buttons, gate, active} = overlapApp({go: {concurrencyLimit: 2}});
  const sessions = [demo.session(), demo.session(), demo.session()];
  const clicks = sessions.map(s => s.click(buttons.go));
  await eventually(() => active.started === 2);
  expect(active.now).toBe(2);
  gate.current.resolve();
  await Promise.all(clicks);
  expect(active).toMatchObject({started: 3, most: 2});
  await Promise.all(sessions.map(s => s.close()));
});

test('without a limit every session runs at once (termblocks’ default, unlike Gradio’s 1)', async () => {
  const {demo, buttons, gate, active} = overlapApp({go: {}});
  const sessions = [demo.session(), demo.session(), demo.session()];
  const clicks = sessions.map(s => s.click(buttons.go));
  await eventually(() => active.started === 3);
  gate.current.resolve();
  await Promise.all(clicks);
  expect(active.most).toBe(3);
  await Promise.all(sessions.map(s => s.close()));
});

test('listeners sharing a concurrencyId share one limit, the smallest any of them gives', async () => {
  const {demo, buttons, gate, active} = overlapApp({
    a: {concurrencyId: 'gpu', concurrencyLimit: 3},
    b: {concurrencyId: 'gpu', concurrencyLimit: 1},
    c: {concurrencyId: 'gpu'},
  });
  const s = demo.session();
  const clicks = [s.click(buttons.a), s.click(buttons.b), s.click(buttons.c)];
  await eventually(() => active.started === 1);
  await new Promise(resolve => setTimeout(resolve, 20));
  expect(active.started).toBe(1);
  gate.current.resolve();
  await Promise.all(clicks);
  expect(active).toMatchObject({started: 3, most: 1});
  await s.close();
});

test('a session that closes while waiting for a slot gives up its place and its click resolves', async () => {
  const {demo, buttons, gate, active} = overlapApp({go: {concurrencyLimit: 1}});
  const first = demo.session();
  const waiting = demo.session();
  const third = demo.session();
  const firstClick = first.click(buttons.go);
  await eventually(() => active.started === 1);
  const waitingClick = waiting.click(buttons.go);
  const thirdClick = third.click(buttons.go);
  await waiting.close();
  await waitingClick;
  gate.current.resolve();
  await Promise.all([firstClick, thirdClick]);
  expect(active.started).toBe(2);
  await Promise.all([first.close(), third.close()]);
});
