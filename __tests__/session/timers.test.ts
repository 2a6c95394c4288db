import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {eventually} from './recording-logger.js';

function tickingApp() {
  let timer!: gr.Timer, count!: gr.Number, stop!: gr.Button;
  const demo = gr.Blocks(() => {
    timer = gr.Timer(0.02);
    count = gr.Number({value: 0});
    stop = gr.Button('stop');
    timer.tick((n: number) => n + 1, count, count);
    stop.click(() => gr.update({active: false}), null, timer);
  });
  return {demo, timer, count, stop};
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

test('a Timer ticks in each session on its own, from the moment the session starts', async () => {
  const {demo, count} = tickingApp();
  const a = demo.session();
  await eventually(() => (a.value(count) as number) >= 3);
  const b = demo.session();
  expect(b.value(count)).toBe(0);
  await eventually(() => (b.value(count) as number) >= 1);
  expect(a.value(count) as number).toBeGreaterThanOrEqual(3);
  await Promise.all([a.close(), b.close()]);
});

test('a Timer stops when its session closes', async () => {
  let ticks = 0;
  const watched = gr.Blocks(() => {
    const t = gr.Timer(0.02);
    t.tick(() => {
      ticks++;
    });
  });
  const s = watched.session();
  await eventually(() => ticks >= 2);
  await s.close();
  const atClose = ticks;
  await pause(100);
  expect(ticks).toBe(atClose);
});

test('gr.update({active: false}) stops the Timer for that session only', async () => {
  const {demo, count, stop} = tickingApp();
  const a = demo.session();
  const b = demo.session();
  await a.click(stop);
  await a.idle();
  const stopped = a.value(count);
  await eventually(() => (b.value(count) as number) >= 3);
  expect(a.value(count)).toBe(stopped);
  await Promise.all([a.close(), b.close()]);
});

test('a Timer’s value is its interval in seconds, never below 10 ms', () => {
  const demo = gr.Blocks(() => {
    gr.Timer(0.001);
    gr.Timer();
  });
  const s = demo.session();
  const [fast, plain] = demo.components as gr.Timer[];
  expect(s.value(fast)).toBe(0.01);
  expect(s.value(plain)).toBe(1);
  expect(s.props(fast)).toMatchObject({active: true, interactive: false});
  return s.close();
});
