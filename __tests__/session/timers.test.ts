import {describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {VirtualClock} from '../../source/script/VirtualClock.js';
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

describe('on the session’s clock', () => {
  test('a Timer ticks on the clock the session was opened with, and only as that clock moves', async () => {
    const {demo, count} = tickingApp();
    const clock = new VirtualClock();
    const s = demo.session({clock});
    await pause(50);
    expect(s.value(count)).toBe(0);
    await clock.advanceBy(1000, () => s.idle());
    expect(s.value(count)).toBe(50);
    await s.close();
  });

  test('a function value with every is re-evaluated on that period, per session', async () => {
    let calls = 0;
    let shown!: gr.Textbox;
    const demo = gr.Blocks(() => {
      shown = gr.Textbox({value: () => `call ${++calls}`, every: 0.5});
    });
    const clock = new VirtualClock();
    const a = demo.session({clock});
    expect(a.value(shown)).toBe('call 1');
    await clock.advanceBy(1000, () => a.idle());
    expect(a.value(shown)).toBe('call 3');
    const b = demo.session({clock});
    expect(b.value(shown)).toBe('call 4');
    await clock.advanceBy(500, () => Promise.all([a.idle(), b.idle()]).then(() => {}));
    expect([a.value(shown), b.value(shown)].sort()).toEqual(['call 5', 'call 6']);
    await Promise.all([a.close(), b.close()]);
    await clock.advanceBy(5000);
    expect(calls).toBe(6);
  });

  test('with inputs, a function value is called with their values on load and whenever one changes', async () => {
    let name!: gr.Textbox, greeting!: gr.Textbox, stamp!: gr.Textbox;
    let now = 0;
    const demo = gr.Blocks(() => {
      name = gr.Textbox({value: 'Ada'});
      greeting = gr.Textbox({value: (n: string) => `Hello ${n}`, inputs: name});
      stamp = gr.Textbox({value: (n: string) => `${n} at ${now}`, inputs: [name], every: 1});
    });
    const clock = new VirtualClock();
    const s = demo.session({clock});
    await s.idle();
    expect(s.value(greeting)).toBe('Hello Ada');
    await s.set(name, 'Grace');
    expect(s.value(greeting)).toBe('Hello Grace');
    now = 7;
    await clock.advanceBy(1000, () => s.idle());
    expect(s.value(stamp)).toBe('Grace at 7');
    await s.close();
  });

  test('every and inputs need a function value, and inputs must be components', () => {
    expect(() => gr.Blocks(() => gr.Textbox({value: 'fixed', every: 1}))).toThrow(/give value as a function/);
    expect(() => gr.Blocks(() => gr.Textbox({value: (x: string) => x, inputs: [undefined as unknown as gr.Textbox]}))).toThrow(
      /inputs\[0\] is not a component/,
    );
  });

  test('a handler’s ctx.sleep and gr.sleep wait on the session’s clock', async () => {
    let go!: gr.Button, out!: gr.Textbox;
    const demo = gr.Blocks(() => {
      go = gr.Button('go');
      out = gr.Textbox();
      go.click(
        async (ctx: gr.HandlerContext) => {
          await ctx.sleep(100);
          await gr.sleep(100);
          return `done at ${ctx.event.type}`;
        },
        null,
        out,
      );
    });
    const clock = new VirtualClock();
    const s = demo.session({clock});
    const clicked = s.click(go);
    await pause(20);
    expect(s.value(out)).toBe('');
    await clock.advanceBy(150, async () => {
      await pause(1);
    });
    expect(s.value(out)).toBe('');
    await clock.advanceBy(50, async () => {
      await pause(1);
    });
    await clicked;
    expect(s.value(out)).toBe('done at click');
    await s.close();
  });

  test('closing the session ends a handler’s sleep, so no run outlives its user', async () => {
    let go!: gr.Button;
    let ended: unknown;
    const demo = gr.Blocks(() => {
      go = gr.Button('go');
      go.click(async (ctx: gr.HandlerContext) => {
        try {
          await ctx.sleep(60_000);
        } catch (error) {
          ended = error;
        }
      });
    });
    const s = demo.session();
    const clicked = s.click(go);
    await pause(10);
    await s.close();
    await clicked;
    expect(ended).toBeInstanceOf(gr.SessionClosedError);
  });
});
