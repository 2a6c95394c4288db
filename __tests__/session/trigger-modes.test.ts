import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred} from './recording-logger.js';

test('a click while the previous click of the same listener is running is ignored (once, the default)', async () => {
  const gate = deferred();
  const calls: string[] = [];
  let box!: gr.Textbox, btn!: gr.Button;
  const demo = gr.Blocks(() => {
    box = gr.Textbox();
    btn = gr.Button('Go');
    btn.click(async (text: string) => {
      calls.push(text);
      await gate.promise;
    }, box);
  });
  const s = demo.session();
  await s.set(box, 'first');
  const first = s.click(btn);
  await s.set(box, 'second');
  await s.click(btn); // dropped: resolves at once, nothing of its own to wait for
  gate.resolve();
  await first;
  expect(calls).toEqual(['first']);
  await s.click(btn);
  expect(calls).toEqual(['first', 'second']);
  await s.close();
});

test('with triggerMode multiple every click starts its own run', async () => {
  const gate = deferred();
  const calls: number[] = [];
  let btn!: gr.Button;
  let n = 0;
  const demo = gr.Blocks(() => {
    btn = gr.Button('Go');
    btn.click(
      async () => {
        calls.push(++n);
        await gate.promise;
      },
      null,
      null,
      {triggerMode: 'multiple'},
    );
  });
  const s = demo.session();
  const runs = [s.click(btn), s.click(btn), s.click(btn)];
  gate.resolve();
  await Promise.all(runs);
  expect(calls).toEqual([1, 2, 3]);
  await s.close();
});

test('change runs always_last by default: the first value runs, then only the last of those typed meanwhile', async () => {
  const gate = deferred();
  const seen: string[] = [];
  let box!: gr.Textbox, echo!: gr.Textbox;
  const demo = gr.Blocks(() => {
    box = gr.Textbox();
    echo = gr.Textbox();
    box.change(
      async (text: string) => {
        seen.push(text);
        if (seen.length === 1) await gate.promise;
        return text.toUpperCase();
      },
      box,
      echo,
    );
  });
  const s = demo.session();
  const typed = [s.set(box, 'a'), s.set(box, 'ab'), s.set(box, 'abc')];
  gate.resolve();
  await Promise.all(typed);
  expect(seen).toEqual(['a', 'abc']);
  expect(s.value(echo)).toBe('ABC');
  await s.close();
});

test('every set of an always_last listener resolves only when the run that covers it has finished', async () => {
  const gate = deferred();
  let box!: gr.Textbox, echo!: gr.Textbox;
  let runs = 0;
  const demo = gr.Blocks(() => {
    box = gr.Textbox();
    echo = gr.Textbox();
    box.change(
      async (text: string) => {
        runs++;
        if (runs === 1) await gate.promise;
        return text;
      },
      box,
      echo,
    );
  });
  const s = demo.session();
  void s.set(box, 'x');
  const second = s.set(box, 'xy');
  let settled = false;
  void second.then(() => {
    settled = true;
  });
  await new Promise(resolve => setImmediate(resolve));
  expect(settled).toBe(false);
  gate.resolve();
  await second;
  expect(s.value(echo)).toBe('xy');
  await s.close();
});

test('trigger modes hold per session: a running click in one session does not drop a click in another', async () => {
  const gate = deferred();
  const users: string[] = [];
  let btn!: gr.Button;
  const demo = gr.Blocks(() => {
    btn = gr.Button('Go');
    btn.click(async (context: gr.HandlerContext) => {
      users.push(context.user?.name ?? '?');
      if (context.user?.name === 'ann') await gate.promise;
    });
  });
  const ann = demo.session({user: 'ann'});
  const bob = demo.session({user: 'bob'});
  const annClick = ann.click(btn);
  await bob.click(btn);
  expect(users).toEqual(['ann', 'bob']);
  gate.resolve();
  await annClick;
  await Promise.all([ann.close(), bob.close()]);
});

test('the defaults are those of Gradio: change always_last, other events and chained listeners once', () => {
  const demo = gr.Blocks(() => {
    const box = gr.Textbox();
    const btn = gr.Button();
    box.change(null, box, box);
    box.submit(null, box, box);
    btn.click(null, box, box).then(null, box, box);
  });
  expect(demo.config().dependencies.map(d => d.trigger_mode)).toEqual(['always_last', 'once', 'once', 'once']);
});
