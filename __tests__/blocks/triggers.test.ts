import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {recordingLogger} from '../session/recording-logger.js';

/** Lets the session run what its last action started (load listeners start on their own). */
const settle = () => new Promise(resolve => setTimeout(resolve, 10));

test('gr.on(null, fn) runs when the session loads, as in Gradio, and on every input’s change', async () => {
  let greeting!: gr.Textbox, name!: gr.Textbox, echo!: gr.Textbox;
  const demo = gr.Blocks(() => {
    greeting = gr.Textbox();
    name = gr.Textbox('Ada');
    echo = gr.Textbox();
    gr.on(null, () => 'hello', [], greeting);
    gr.on(null, (n: string) => `hi ${n}`, [name], echo);
  });
  const s = demo.session();
  await settle();
  expect([s.value(greeting), s.value(echo)]).toEqual(['hello', 'hi Ada']);
  await s.set(name, 'Bo');
  expect(s.value(echo)).toBe('hi Bo');
  await s.close();
});

test('demo.load is a trigger like any event: in gr.on and called from a list of events', async () => {
  let box!: gr.Textbox, viaOn!: gr.Textbox, viaLoop!: gr.Textbox;
  const demo = gr.Blocks(app => {
    box = gr.Textbox('a');
    viaOn = gr.Textbox();
    viaLoop = gr.Textbox();
    gr.on([box.change, app.load], (v: string) => `on:${v}`, box, viaOn);
    for (const event of [box.change, app.load]) event((v: string) => `loop:${v}`, box, viaLoop);
  });
  const s = demo.session();
  await settle();
  expect([s.value(viaOn), s.value(viaLoop)]).toEqual(['on:a', 'loop:a']);
  await s.set(box, 'b');
  expect([s.value(viaOn), s.value(viaLoop)]).toEqual(['on:b', 'loop:b']);
  await s.close();
});

test('a listener is named in messages by its function’s name, its apiName, or what triggers it', async () => {
  let btn!: gr.Button, a!: gr.Textbox, b!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button('Go', {label: 'Go'});
    a = gr.Textbox();
    b = gr.Textbox();
    function splitName(): string {
      return 'only one';
    }
    btn.click(splitName, null, [a, b]);
    btn.click(() => 'x', null, [a, b], {apiName: 'predict'});
    btn.click(() => 'x', null, [a, b]).then(() => 'y', null, [a, b]);
    const helper = {run: () => 'z'};
    btn.click(helper.run.bind(helper), null, [a, b]);
  });
  expect(demo.dependencies.map(d => d.name)).toEqual([
    'splitName',
    'predict',
    '<anonymous> on Button "Go".click',
    '<anonymous> after <anonymous> on Button "Go".click',
    'run',
  ]);
  const logger = recordingLogger();
  const s = demo.session({logger});
  await s.click(btn);
  await settle();
  const told = [
    ...logger.errors.map(e => `${e.message} ${(e.error as Error | undefined)?.message ?? ''}`),
    ...s.notices.map(n => n.message),
  ];
  expect(told.find(m => m.includes('has 2 outputs'))).toContain('listener "splitName" has 2 outputs');
  await s.close();
});

test('undefined among a listener’s inputs or outputs is a build error naming the listener, the list and the position', () => {
  let later: gr.Textbox | undefined;
  expect(() =>
    gr.Blocks(() => {
      const btn = gr.Button('Go');
      const box = gr.Textbox();
      btn.click(
        function greet(x: string) {
          return x;
        },
        [box, later as gr.Textbox],
        box,
      );
      later = gr.Textbox();
    }),
  ).toThrow(
    'listener "greet": inputs[1] is undefined, most likely a component used before it was created: create the component above the listener, or attach the listener after it',
  );
  expect(() =>
    gr.Blocks(() => {
      const box = gr.Textbox({label: 'In'});
      box.submit((x: string) => x, box, [box, undefined as unknown as gr.Textbox]);
    }),
  ).toThrow(
    'listener "<anonymous> on Textbox "In".submit": outputs[1] is undefined, most likely a component used before it was created',
  );
  expect(() =>
    gr.Blocks(() => {
      const box = gr.Textbox();
      gr.on([box.change, undefined as unknown as typeof box.change], () => {}, box);
    }),
  ).toThrow('gr.on(...): triggers[1] is undefined (most likely a component used before it was created)');
});

test('demo.unload may be added after the app is built, as in Gradio; demo.load may not', async () => {
  const ended: string[] = [];
  const demo = gr.Blocks(() => {
    gr.Textbox();
  });
  const running = demo.session();
  demo.unload(function goodbye() {
    ended.push('bye');
  });
  expect(() => demo.load(() => {})).toThrow('demo.load: listeners must be attached inside gr.Blocks');
  await running.close();
  expect(ended).toEqual(['bye']);
  expect(() => demo.unload('bye' as unknown as gr.Handler)).toThrow('demo.unload needs a function, got string');
});

test('queue: false is accepted on a listener and changes nothing', async () => {
  let btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button('Go');
    out = gr.Textbox();
    btn.click(() => 'ran', null, out, {queue: false});
  });
  const s = demo.session();
  await s.click(btn);
  expect(s.value(out)).toBe('ran');
  await s.close();
});

test('gr.ClearButton(components) clears each as Gradio does; State goes back to its default', async () => {
  let text!: gr.Textbox, num!: gr.Number, slider!: gr.Slider, check!: gr.Checkbox, group!: gr.CheckboxGroup;
  let drop!: gr.Dropdown, chat!: gr.Chatbot, state!: gr.State<string[]>, clear!: gr.ClearButton, fill!: gr.Button;
  const demo = gr.Blocks(() => {
    text = gr.Textbox('typed');
    num = gr.Number(4);
    slider = gr.Slider(2, 10, 5);
    check = gr.Checkbox(true);
    group = gr.CheckboxGroup(['a', 'b'], {value: ['a']});
    drop = gr.Dropdown(['x', 'y'], {value: 'y'});
    chat = gr.Chatbot([{role: 'user', content: 'hi'}]);
    state = gr.State<string[]>(['start']);
    fill = gr.Button('Fill');
    fill.click(() => ['more'], null, state);
    clear = gr.ClearButton([text, num, slider, check, group, drop, chat, state]);
  });
  const s = demo.session();
  expect(s.value(clear)).toBe('Clear');
  await s.click(fill);
  await s.click(clear);
  expect([text, num, slider, check, group, drop, chat, state].map(c => s.value(c))).toEqual([
    '',
    null,
    2,
    false,
    [],
    null,
    [],
    ['start'],
  ]);
  await s.close();
  expect(() =>
    gr.Blocks(() => {
      gr.ClearButton([undefined as unknown as gr.Textbox], {value: 'Reset'});
    }),
  ).toThrow('ClearButton #1: components[0] is undefined, most likely a component used before it was created');
  let one!: gr.Textbox, lone!: gr.ClearButton;
  const single = gr.Blocks(() => {
    one = gr.Textbox('x');
    lone = gr.ClearButton(one, {value: 'Reset'});
  });
  const t = single.session();
  expect(t.value(lone)).toBe('Reset');
  await t.click(lone);
  expect(t.value(one)).toBe('');
  await t.close();
});

test("Gradio's keyword call and decorator: btn.click({fn, inputs, outputs}), btn.click({inputs, outputs})(fn), gr.on({triggers, ...})(fn)", async () => {
  let name!: gr.Textbox, out!: gr.Textbox, loud!: gr.Textbox, both!: gr.Textbox, btn!: gr.Button;
  let decorated: unknown;
  const demo = gr.Blocks(() => {
    name = gr.Textbox();
    out = gr.Textbox();
    loud = gr.Textbox();
    both = gr.Textbox();
    btn = gr.Button();
    btn.click({fn: (n: string) => `Hello ${n}`, inputs: name, outputs: out});
    decorated = btn.click({inputs: name, outputs: loud})(function shout(n: string) {
      return n.toUpperCase();
    });
    gr.on({triggers: [name.submit, btn.click], inputs: name, outputs: both})(function twice(n: string) {
      return n + n;
    });
  });
  // The decorator gives the handler back, as Gradio's, so it can still be called.
  expect((decorated as (n: string) => string)('a')).toBe('A');
  expect(demo.dependencies.map(d => d.name)).toEqual(['fn', 'shout', 'twice']);
  const s = demo.session();
  await s.set(name, 'ada');
  await s.click(btn);
  expect([s.value(out), s.value(loud), s.value(both)]).toEqual(['Hello ada', 'ADA', 'adaada']);
  await s.close();
  expect(() =>
    gr.Blocks(() => {
      const b = gr.Button();
      (b.click as unknown as (...a: unknown[]) => unknown)({inputs: []}, [b]);
    }),
  ).toThrow('Button #1.click: pass either the handler and its arguments, or one object of keywords, not both');
});
