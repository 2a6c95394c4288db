import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred} from './recording-logger.js';

test('.then runs after its parent, sees the parent’s outputs, and the click resolves after the whole chain', async () => {
  let btn!: gr.Button, first!: gr.Textbox, second!: gr.Textbox, third!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    first = gr.Textbox();
    second = gr.Textbox();
    third = gr.Textbox();
    btn
      .click(async () => 'a', null, first)
      .then(async (a: string) => `${a}b`, first, second)
      .then((b: string) => `${b}c`, second, third);
  });
  const s = demo.session();
  await s.click(btn);
  expect([s.value(first), s.value(second), s.value(third)]).toEqual(['a', 'ab', 'abc']);
  await s.close();
});

test('a chained listener starts only after its parent has finished', async () => {
  const gate = deferred();
  const order: string[] = [];
  let btn!: gr.Button;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    btn
      .click(async () => {
        order.push('parent starts');
        await gate.promise;
        order.push('parent ends');
      })
      .then(() => {
        order.push('child');
      });
  });
  const s = demo.session();
  const click = s.click(btn);
  await new Promise(resolve => setImmediate(resolve));
  expect(order).toEqual(['parent starts']);
  gate.resolve();
  await click;
  expect(order).toEqual(['parent starts', 'parent ends', 'child']);
  await s.close();
});

test('.success runs only after success and .failure only after failure, each chaining further', async () => {
  let ok!: gr.Button, bad!: gr.Button;
  const ran: string[] = [];
  const demo = gr.Blocks(() => {
    ok = gr.Button('ok');
    bad = gr.Button('bad');
    for (const [button, name] of [
      [ok, 'ok'],
      [bad, 'bad'],
    ] as const) {
      const fail = name === 'bad';
      const dep = button.click(() => {
        if (fail) throw new gr.Error('failed');
      });
      dep
        .success(() => {
          ran.push(`${name} success`);
        })
        .then(() => {
          ran.push(`${name} after success`);
        });
      dep.failure(() => {
        ran.push(`${name} failure`);
      });
    }
  });
  const s = demo.session();
  await s.click(ok);
  await s.click(bad);
  expect(ran).toEqual(['ok success', 'ok after success', 'bad failure']);
  await s.close();
});

test('demo.load runs when a session starts, and its chain with it', async () => {
  let greeting!: gr.Textbox, status!: gr.Textbox;
  const demo = gr.Blocks(app => {
    greeting = gr.Textbox();
    status = gr.Textbox();
    app.load((context: gr.HandlerContext) => `Welcome, ${context.user?.name}`, null, greeting).then(() => 'ready', null, status);
  });
  const s = demo.session({user: 'ada'});
  await s.idle();
  expect(s.value(greeting)).toBe('Welcome, ada');
  expect(s.value(status)).toBe('ready');
  await s.close();
});

test('gr.on runs one listener for several triggers; with null triggers, for every input’s change', async () => {
  let a!: gr.Textbox, b!: gr.Textbox, go!: gr.Button, sum!: gr.Textbox, live!: gr.Textbox;
  const demo = gr.Blocks(() => {
    a = gr.Textbox();
    b = gr.Textbox();
    go = gr.Button();
    sum = gr.Textbox();
    live = gr.Textbox();
    gr.on([go.click, a.submit], (x: string, y: string) => `${x}+${y}`, [a, b], sum);
    gr.on(null, (x: string, y: string) => `${x}|${y}`, [a, b], live);
  });
  const s = demo.session();
  await s.set(a, '1');
  expect(s.value(live)).toBe('1|');
  await s.set(b, '2');
  expect(s.value(live)).toBe('1|2');
  expect(s.value(sum)).toBe('');
  await s.submit(a);
  expect(s.value(sum)).toBe('1+2');
  await s.set(b, '3');
  await s.click(go);
  expect(s.value(sum)).toBe('1+3');
  await s.close();
});

test('set fires input and, when the value differs, change; a program’s write fires only change', async () => {
  const events: string[] = [];
  let box!: gr.Textbox, btn!: gr.Button;
  const demo = gr.Blocks(() => {
    box = gr.Textbox();
    btn = gr.Button();
    box.input(() => {
      events.push('input');
    });
    box.change(() => {
      events.push('change');
    });
    btn.click(() => 'from program', null, box);
  });
  const s = demo.session();
  await s.set(box, 'typed');
  await s.set(box, 'typed');
  expect(events).toEqual(['input', 'change', 'input']);
  await s.click(btn);
  expect(events).toEqual(['input', 'change', 'input', 'change']);
  await s.close();
});

test('trigger passes event data to the handler’s context, e.g. SelectData for select', async () => {
  let radio!: gr.Radio;
  let seen: gr.EventData | undefined;
  const demo = gr.Blocks(() => {
    radio = gr.Radio({choices: ['x', 'y']});
    radio.select((_value: unknown, context: gr.HandlerContext) => {
      seen = context.event;
    }, radio);
  });
  const s = demo.session();
  const data: gr.SelectData = {index: 1, value: 'y', selected: true};
  await s.trigger(radio, 'select', data);
  expect(seen).toEqual({target: radio, type: 'select', data});
  await expect(s.trigger(radio, 'click')).rejects.toThrow('Radio #1 has no "click" event; its events are: change, input, select');
  await s.close();
});
