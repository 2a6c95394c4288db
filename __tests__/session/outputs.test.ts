import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {recordingLogger} from './recording-logger.js';

interface Three {
  demo: gr.Blocks;
  btn: gr.Button;
  a: gr.Textbox;
  b: gr.Textbox;
  c: gr.Textbox;
}

/** An app whose one button writes three boxes with whatever `fn` returns. */
function three(fn: gr.Handler, name = 'fill'): Three {
  const parts = {} as Three;
  parts.demo = gr.Blocks(() => {
    parts.a = gr.Textbox({value: 'a0'});
    parts.b = gr.Textbox({value: 'b0'});
    parts.c = gr.Textbox({value: 'c0'});
    parts.btn = gr.Button('Go');
    parts.btn.click(fn, null, [parts.a, parts.b, parts.c], {apiName: name});
  });
  return parts;
}

function values(s: gr.Session, t: Three): unknown[] {
  return [s.value(t.a), s.value(t.b), s.value(t.c)];
}

test('one output takes the bare value returned', async () => {
  let btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox();
    btn.click(() => 42, null, out);
  });
  const s = demo.session();
  await s.click(btn);
  expect(s.value(out)).toBe('42');
  await s.close();
});

test('several outputs take an array by position', async () => {
  const t = three(() => ['x', 'y', 'z']);
  const s = t.demo.session();
  await s.click(t.btn);
  expect(values(s, t)).toEqual(['x', 'y', 'z']);
  await s.close();
});

test('a Map keyed by component updates only the outputs it names', async () => {
  const t = three(() => new Map([[t.b, 'only b']]));
  const s = t.demo.session();
  await s.click(t.btn);
  expect(values(s, t)).toEqual(['a0', 'only b', 'c0']);
  await s.close();
});

test('gr.skip() leaves its output as it is, and a bare gr.skip() leaves them all', async () => {
  let skipAll = false;
  const t = three(() => (skipAll ? gr.skip() : [gr.skip(), 'new b', gr.skip()]));
  const s = t.demo.session();
  await s.click(t.btn);
  expect(values(s, t)).toEqual(['a0', 'new b', 'c0']);
  skipAll = true;
  await s.click(t.btn);
  expect(values(s, t)).toEqual(['a0', 'new b', 'c0']);
  expect(s.notices).toEqual([]);
  await s.close();
});

test('too few values is an error that names the listener: shown to the user and logged, outputs untouched', async () => {
  const logger = recordingLogger();
  const t = three(() => ['x', 'y'], 'fill boxes');
  const s = t.demo.session({logger});
  await s.click(t.btn);
  expect(values(s, t)).toEqual(['a0', 'b0', 'c0']);
  expect(s.notices.map(n => [n.level, n.message])).toEqual([
    ['error', 'listener "fill boxes" did not return enough output values (needed: 3, received: 2)'],
  ]);
  expect(logger.errors.map(e => e.message)).toEqual([expect.stringContaining('listener "fill boxes" did not return enough')]);
  await s.close();
});

test('too many values is a warning in the log; the outputs still take the first values', async () => {
  const logger = recordingLogger();
  const t = three(() => ['x', 'y', 'z', 'extra'], 'fill boxes');
  const s = t.demo.session({logger});
  await s.click(t.btn);
  expect(values(s, t)).toEqual(['x', 'y', 'z']);
  expect(logger.warnings).toEqual([
    'listener "fill boxes" returned too many output values (needed: 3, returned: 4); ignoring the extra values',
  ]);
  expect(s.notices).toEqual([]);
  await s.close();
});

test('a value that is not an array for several outputs is an error naming the listener', async () => {
  const t = three(() => 'just one', 'fill boxes');
  const s = t.demo.session({logger: recordingLogger()});
  await s.click(t.btn);
  expect(s.notices[0].message).toMatch(/^listener "fill boxes" has 3 outputs, so it must return an array of 3 values/);
  await s.close();
});

test('a Map naming a component that is not an output is an error', async () => {
  let btn!: gr.Button, out!: gr.Textbox, stray!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox();
    stray = gr.Textbox({label: 'Stray'});
    btn.click(() => new Map([[stray, 'no']]), null, out, {apiName: 'fill'});
  });
  const s = demo.session({logger: recordingLogger()});
  await s.click(btn);
  expect(s.notices[0].message).toBe('listener "fill" returned a value for Textbox "Stray", which is not one of its outputs');
  expect(s.value(stray)).toBe('');
  await s.close();
});

test('gr.update changes props for this session only, and may set the value too', async () => {
  let btn!: gr.Button, box!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    box = gr.Textbox({label: 'Name', value: 'old'});
    btn.click(() => gr.update({visible: false, label: 'Hidden name', value: 'new'}), null, box);
  });
  const a = demo.session();
  const b = demo.session();
  await a.click(btn);
  expect(a.props(box)).toMatchObject({visible: false, label: 'Hidden name'});
  expect(a.value(box)).toBe('new');
  expect(b.props(box)).toMatchObject({visible: true, label: 'Name'});
  expect(b.value(box)).toBe('old');
  await Promise.all([a.close(), b.close()]);
});

test('a Dropdown switched to multiselect by gr.update gives later handlers a list', async () => {
  let pick!: gr.Dropdown, toMulti!: gr.Button, read!: gr.Button;
  const received: unknown[] = [];
  const demo = gr.Blocks(() => {
    pick = gr.Dropdown({choices: ['red', 'green', 'blue'], value: 'green'});
    toMulti = gr.Button('multi');
    read = gr.Button('read');
    toMulti.click(() => gr.update({multiselect: true}), null, pick);
    read.click((value: unknown) => {
      received.push(value);
    }, pick);
  });
  const s = demo.session();
  await s.click(read);
  await s.click(toMulti);
  expect(s.value(pick)).toEqual(['green']);
  await s.click(read);
  await s.set(pick, ['red', 'blue']);
  await s.click(read);
  expect(received).toEqual(['green', ['green'], ['red', 'blue']]);
  await s.close();
});

test('gr.update on a layout changes its props; a plain value for a layout is an error', async () => {
  let hide!: gr.Button, bad!: gr.Button, row!: gr.Row;
  const demo = gr.Blocks(() => {
    gr.Row(r => {
      row = r;
      gr.Textbox();
    });
    hide = gr.Button('hide');
    bad = gr.Button('bad');
    hide.click(() => gr.update({visible: false}), null, row);
    bad.click(() => 'text', null, row, {apiName: 'bad'});
  });
  const s = demo.session({logger: recordingLogger()});
  await s.click(hide);
  expect(s.props(row).visible).toBe(false);
  await s.click(bad);
  expect(s.notices[0].message).toBe('listener "bad" returned a value for Row #1, a layout: return gr.update({...}) for it');
  await s.close();
});

test('a listener without a function copies its inputs to its outputs, as in Gradio', async () => {
  let src!: gr.Textbox, dst!: gr.Textbox, btn!: gr.Button;
  const demo = gr.Blocks(() => {
    src = gr.Textbox();
    dst = gr.Textbox();
    btn = gr.Button();
    btn.click(null, src, dst);
  });
  const s = demo.session();
  await s.set(src, 'copied');
  await s.click(btn);
  expect(s.value(dst)).toBe('copied');
  await s.close();
});

test('an output written with a different value fires its change listeners before the click resolves', async () => {
  let btn!: gr.Button, box!: gr.Textbox, echo!: gr.Textbox;
  let changes = 0;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    box = gr.Textbox();
    echo = gr.Textbox();
    btn.click(() => 'hello', null, box);
    box.change((text: string) => `changed to ${text} (${++changes})`, box, echo);
  });
  const s = demo.session();
  await s.click(btn);
  expect(s.value(echo)).toBe('changed to hello (1)');
  await s.click(btn); // the same value again: no change event
  expect(changes).toBe(1);
  await s.close();
});

test('subscribers hear of every applied output', async () => {
  const t = three(() => ['1', '2', '3']);
  const s = t.demo.session();
  const seen: unknown[][] = [];
  s.subscribe(() => seen.push(values(s, t)));
  await s.click(t.btn);
  expect(seen.at(-1)).toEqual(['1', '2', '3']);
  await s.close();
});
