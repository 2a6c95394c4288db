import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred, recordingLogger} from './recording-logger.js';

function streamingApp(fn: gr.Handler) {
  let btn!: gr.Button, out!: gr.Textbox, count!: gr.Number;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox();
    count = gr.Number();
    btn.click(fn, null, [out, count], {apiName: 'stream'});
  });
  return {demo, btn, out, count};
}

/** What a subscriber saw on each notification, without repeats. */
function record(s: gr.Session, read: () => unknown): unknown[] {
  const seen: unknown[] = [];
  s.subscribe(() => {
    const now = JSON.stringify(read());
    if (seen.at(-1) !== now) seen.push(now);
  });
  return seen;
}

test('an async generator streams: every yield is a full set of outputs, shown in order', async () => {
  const t = streamingApp(async function* () {
    for (const word of ['one', 'two', 'three']) {
      await Promise.resolve();
      yield [word, word.length];
    }
  });
  const s = t.demo.session();
  const seen = record(s, () => [s.value(t.out), s.value(t.count)]);
  await s.click(t.btn);
  // The first notification is the run starting (its status), before any yield.
  expect(seen).toEqual(['["",null]', '["one",3]', '["two",3]', '["three",5]']);
  await s.close();
});

test('a sync generator (function*) streams too, each yield shown separately', async () => {
  const t = streamingApp(function* () {
    yield ['a', 1];
    yield ['ab', 2];
    yield ['abc', 3];
  });
  const s = t.demo.session();
  const seen = record(s, () => [s.value(t.out), s.value(t.count)]);
  await s.click(t.btn);
  expect(seen).toEqual(['["",null]', '["a",1]', '["ab",2]', '["abc",3]']);
  await s.close();
});

test('a sync generator lets other work run between its yields', async () => {
  const order: string[] = [];
  const t = streamingApp(function* () {
    order.push('first yield');
    setImmediate(() => order.push('other work'));
    yield ['x', 1];
    order.push('second yield');
    yield ['y', 2];
  });
  const s = t.demo.session();
  await s.click(t.btn);
  expect(order).toEqual(['first yield', 'other work', 'second yield']);
  await s.close();
});

test('a generator that throws keeps what it streamed, fails the event and shows the error', async () => {
  const t = streamingApp(async function* () {
    yield ['partial', 1];
    throw new gr.Error('stream broke');
  });
  const s = t.demo.session();
  await s.click(t.btn);
  expect(s.value(t.out)).toBe('partial');
  expect(s.notices.map(n => n.message)).toEqual(['stream broke']);
  await s.close();
});

test('closing the session stops a generator at its next yield and runs its finally block', async () => {
  const gate = deferred();
  let cleaned = false;
  let yields = 0;
  const t = streamingApp(async function* () {
    try {
      while (true) {
        yields++;
        yield ['tick', yields];
        await gate.promise;
      }
    } finally {
      cleaned = true;
    }
  });
  const s = t.demo.session();
  void s.click(t.btn);
  await new Promise(resolve => setImmediate(resolve));
  await s.close();
  gate.resolve();
  await s.idle();
  expect(cleaned).toBe(true);
  expect(yields).toBe(2); // resumed once after close, then stopped
});

test('while an event runs its outputs carry a status with the listener and progress; it clears when done', async () => {
  const gate = deferred();
  const progressed = deferred();
  const t = streamingApp(async (context: gr.HandlerContext) => {
    context.progress(0.25, 'loading');
    progressed.resolve();
    await gate.promise;
    return ['done', 1];
  });
  const s = t.demo.session();
  const click = s.click(t.btn);
  await progressed.promise;
  expect(s.busy).toBe(true);
  expect(s.status(t.out)).toMatchObject({
    listener: 'stream',
    showProgress: 'full',
    progress: {fraction: 0.25, description: 'loading'},
  });
  expect(s.status(t.count)?.listener).toBe('stream');
  gate.resolve();
  await click;
  expect(s.status(t.out)).toBeUndefined();
  expect(s.busy).toBe(false);
  await s.close();
});

test('progress is clamped to [0, 1] and null means a spinner', async () => {
  const seen: unknown[] = [];
  let out!: gr.Textbox, btn!: gr.Button;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox();
    btn.click(
      (context: gr.HandlerContext) => {
        for (const fraction of [-1, 2, null]) {
          context.progress(fraction);
          seen.push(s.status(out)?.progress?.fraction);
        }
        return 'x';
      },
      null,
      out,
    );
  });
  const s = demo.session({logger: recordingLogger()});
  await s.click(btn);
  expect(seen).toEqual([0, 1, null]);
  await s.close();
});

test('gr.Info called between the yields of a sync generator reaches the user whose event runs', async () => {
  const t = streamingApp(function* () {
    gr.Info('starting');
    yield ['half', 1];
    gr.Warning('almost');
    yield ['done', 2];
  });
  const s = t.demo.session();
  const other = t.demo.session();
  await s.click(t.btn);
  expect(s.notices.map(n => [n.level, n.message])).toEqual([
    ['info', 'starting'],
    ['warning', 'almost'],
  ]);
  expect(other.notices).toEqual([]);
  await Promise.all([s.close(), other.close()]);
});
