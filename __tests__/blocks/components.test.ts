import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {recordingLogger} from '../session/recording-logger.js';

/**
 * Builds an app with one component wired as the input of a button (so it is
 * interactive), optionally enters `entered` as the user would, and returns what
 * the session stores and what a handler receives.
 */
async function roundTrip<C extends gr.Component>(
  make: () => C,
  entered?: unknown,
): Promise<{stored: unknown; received: unknown; props: Readonly<Record<string, unknown>>}> {
  let component!: C, btn!: gr.Button;
  let received: unknown;
  const demo = gr.Blocks(() => {
    component = make();
    btn = gr.Button('read');
    btn.click((value: unknown) => {
      received = value;
    }, component);
  });
  const s = demo.session();
  if (entered !== undefined) await s.set(component, entered);
  await s.click(btn);
  const result = {stored: s.value(component), received, props: s.props(component)};
  await s.close();
  if (s.notices.length > 0) throw new Error(s.notices[0].message);
  return result;
}

/** What a component shows after a handler returned `returned` for it. */
async function shown(make: () => gr.Component, returned: unknown): Promise<unknown> {
  let out!: gr.Component, btn!: gr.Button;
  const demo = gr.Blocks(() => {
    out = make();
    btn = gr.Button();
    btn.click(() => returned, null, out);
  });
  const s = demo.session({logger: recordingLogger()});
  await s.click(btn);
  const value = s.value(out);
  const notice = s.notices[0]?.message;
  await s.close();
  if (notice) throw new Error(notice);
  return value;
}

test('Textbox: empty by default; the handler gets the string; returns show as strings; maxLength cuts', async () => {
  expect(await roundTrip(() => gr.Textbox())).toMatchObject({stored: '', received: '', props: {lines: 1, type: 'text'}});
  expect((await roundTrip(() => gr.Textbox('hello'))).received).toBe('hello');
  expect((await roundTrip(() => gr.Textbox({maxLength: 3}), 'abcdef')).received).toBe('abc');
  expect(await shown(() => gr.Textbox(), 12)).toBe('12');
  expect(await shown(() => gr.Textbox(), null)).toBe('');
  expect(
    (await roundTrip(() => gr.Textbox({lines: 4, maxLines: 8, placeholder: 'Say', type: 'password', label: 'Secret'}))).props,
  ).toMatchObject({
    lines: 4,
    maxLines: 8,
    placeholder: 'Say',
    type: 'password',
    label: 'Secret',
    interactive: true,
    visible: true,
  });
});

test('Number: null by default; text is parsed; precision rounds; minimum and maximum fail the event', async () => {
  expect((await roundTrip(() => gr.Number())).received).toBeNull();
  expect((await roundTrip(() => gr.Number(), ' 41.5 ')).received).toBe(41.5);
  expect((await roundTrip(() => gr.Number({precision: 0}), 2.6)).received).toBe(3);
  expect((await roundTrip(() => gr.Number({precision: 2}), 1.23456)).received).toBe(1.23);
  await expect(roundTrip(() => gr.Number({minimum: 0}), -1)).rejects.toThrow('Value -1 is less than minimum value 0.');
  await expect(roundTrip(() => gr.Number({maximum: 10}), 11)).rejects.toThrow('Value 11 is greater than maximum value 10.');
  await expect(roundTrip(() => gr.Number(), 'abc')).rejects.toThrow('Number #1: "abc" is not a number');
  expect((await roundTrip(() => gr.Number(5))).props).toMatchObject({step: 1});
});

test('Slider: starts at its minimum; values are kept in range and on a step', async () => {
  expect(await roundTrip(() => gr.Slider())).toMatchObject({stored: 0, props: {minimum: 0, maximum: 100, step: 1}});
  expect((await roundTrip(() => gr.Slider({minimum: 10, maximum: 20}))).received).toBe(10);
  expect((await roundTrip(() => gr.Slider({minimum: 0, maximum: 10}), 42)).received).toBe(10);
  expect((await roundTrip(() => gr.Slider({minimum: 0, maximum: 1, step: 0.1}), 0.34)).received).toBe(0.3);
  expect((await roundTrip(() => gr.Slider({minimum: 0, maximum: 10, step: 2}), 5.1)).received).toBe(6);
});

test('Checkbox: false by default; the handler gets a boolean', async () => {
  expect((await roundTrip(() => gr.Checkbox())).received).toBe(false);
  expect((await roundTrip(() => gr.Checkbox(), 1)).received).toBe(true);
  expect((await roundTrip(() => gr.Checkbox(true))).received).toBe(true);
});

test('CheckboxGroup: an empty list by default; values or, with type index, positions', async () => {
  expect((await roundTrip(() => gr.CheckboxGroup({choices: ['a', 'b']}))).received).toEqual([]);
  expect((await roundTrip(() => gr.CheckboxGroup({choices: ['a', 'b', 'c']}), ['c', 'a'])).received).toEqual(['c', 'a']);
  expect((await roundTrip(() => gr.CheckboxGroup({choices: ['a', 'b', 'c'], type: 'index'}), ['c', 'a'])).received).toEqual([
    2, 0,
  ]);
  expect(await shown(() => gr.CheckboxGroup({choices: ['a']}), 'a')).toEqual(['a']);
});

test('Radio: nothing chosen by default; the value or, with type index, its position; label/value pairs', async () => {
  expect((await roundTrip(() => gr.Radio({choices: ['x', 'y']}))).received).toBeNull();
  expect(
    (
      await roundTrip(
        () =>
          gr.Radio({
            choices: [
              ['Ex', 'x'],
              ['Why', 'y'],
            ],
          }),
        'y',
      )
    ).received,
  ).toBe('y');
  expect((await roundTrip(() => gr.Radio({choices: ['x', 'y'], type: 'index'}), 'y')).received).toBe(1);
});

test('Dropdown: the first choice by default (none when multiselect); unknown values fail unless custom values are allowed', async () => {
  expect((await roundTrip(() => gr.Dropdown({choices: ['a', 'b']}))).received).toBe('a');
  expect((await roundTrip(() => gr.Dropdown({choices: ['a', 'b'], value: null}))).received).toBeNull();
  expect((await roundTrip(() => gr.Dropdown({choices: ['a', 'b'], multiselect: true}))).received).toEqual([]);
  expect((await roundTrip(() => gr.Dropdown({choices: ['a', 'b'], multiselect: true}), 'b')).received).toEqual(['b']);
  expect((await roundTrip(() => gr.Dropdown({choices: ['a', 'b'], type: 'index'}), 'b')).received).toBe(1);
  await expect(roundTrip(() => gr.Dropdown({choices: ['a', 'b']}), 'c')).rejects.toThrow(
    'Value: "c" is not in the list of choices: ["a","b"]',
  );
  expect((await roundTrip(() => gr.Dropdown({choices: ['a'], allowCustomValue: true}), 'zzz')).received).toBe('zzz');
  await expect(
    roundTrip(() => gr.Dropdown({choices: ['a', 'b', 'c'], multiselect: true, maxChoices: 1}), ['a', 'b']),
  ).rejects.toThrow('accepts at most 1 choices');
});

test('Button: its text is its value ("Run" by default), sent to the handler; variant secondary by default', async () => {
  expect(await roundTrip(() => gr.Button())).toMatchObject({received: 'Run', props: {variant: 'secondary'}});
  expect(await roundTrip(() => gr.Button({value: 'Stop', variant: 'stop'}))).toMatchObject({
    received: 'Stop',
    props: {variant: 'stop'},
  });
});

test('Markdown and Code hold text; Code keeps its language', async () => {
  expect(await shown(() => gr.Markdown('# Title'), null)).toBe('');
  expect(await shown(() => gr.Markdown(), 3)).toBe('3');
  expect(await shown(() => gr.Code({language: 'python'}), 'print(1)')).toBe('print(1)');
});

test('Label: a string is a label; a map of confidences becomes its top label and sorted bars', async () => {
  expect(await shown(() => gr.Label(), 'cat')).toEqual({label: 'cat'});
  expect(await shown(() => gr.Label({numTopClasses: 2}), {dog: 0.2, cat: 0.7, fox: 0.1})).toEqual({
    label: 'cat',
    confidences: [
      {label: 'cat', confidence: 0.7},
      {label: 'dog', confidence: 0.2},
    ],
  });
});

test('JSON holds any value as is', async () => {
  expect(await shown(() => gr.JSON(), {a: [1, 2], b: null})).toEqual({a: [1, 2], b: null});
});

test('Chatbot: messages {role, content}; Gradio’s old [user, bot] pairs are converted', async () => {
  expect(await shown(() => gr.Chatbot(), [{role: 'user', content: 'hi'}])).toEqual([{role: 'user', content: 'hi'}]);
  expect(
    await shown(
      () => gr.Chatbot(),
      [
        ['hi', 'hello'],
        ['bye', null],
      ],
    ),
  ).toEqual([
    {role: 'user', content: 'hi'},
    {role: 'assistant', content: 'hello'},
    {role: 'user', content: 'bye'},
  ]);
  await expect(shown(() => gr.Chatbot(), 'not a list')).rejects.toThrow('The details are in the server log');
});

test("Dataframe: type 'array' hands a handler the rows, the default {headers, data}; each a copy to change freely", async () => {
  const rowsOf = async (options: gr.Block['props']) => {
    let table!: gr.Dataframe, btn!: gr.Button, out!: gr.JSON;
    const demo = gr.Blocks(() => {
      table = gr.Dataframe([['a', 'b']], {headers: ['x', 'y'], ...options});
      out = gr.JSON();
      btn = gr.Button();
      btn.click(
        (rows: {data: string[][]} | string[][]) => {
          const got = structuredClone(rows);
          (Array.isArray(rows) ? rows : rows.data).length = 0;
          return got;
        },
        table,
        out,
      );
    });
    const s = demo.session();
    await s.click(btn);
    const result = [s.value(out), s.value(table)];
    await s.close();
    return result;
  };
  const kept = {headers: ['x', 'y'], data: [['a', 'b']]};
  expect(await rowsOf({type: 'array'} as gr.Block['props'])).toEqual([[['a', 'b']], kept]);
  expect(await rowsOf({})).toEqual([kept, kept]);
  expect(() => gr.Dataframe({type: 'frame'} as never)).toThrow('gr.Dataframe: type must be one of pandas, numpy, array, polars');
});

test('Dataframe: bare rows take the headers given, or numbered ones; {headers, data} is kept', async () => {
  expect(await shown(() => gr.Dataframe({headers: ['name', 'age']}), [['ada', 36]])).toEqual({
    headers: ['name', 'age'],
    data: [['ada', 36]],
  });
  expect(await shown(() => gr.Dataframe(), [[1, 2, 3]])).toEqual({headers: ['1', '2', '3'], data: [[1, 2, 3]]});
  expect(await shown(() => gr.Dataframe(), {headers: ['x'], data: [[1]]})).toEqual({headers: ['x'], data: [[1]]});
});

test('display-only components are never interactive, even when asked', () => {
  const demo = gr.Blocks(() => {
    gr.Markdown({value: 'x', interactive: true});
    gr.JSON({interactive: true});
    gr.Label({interactive: true});
    gr.Chatbot({interactive: true});
    gr.Dataframe({interactive: true});
    gr.State(1);
    gr.Timer(1);
  });
  const s = demo.session();
  expect(demo.components.map(c => s.props(c).interactive)).toEqual([false, false, false, false, false, false, false]);
  return s.close();
});

test('every component has the common props: label, info, visible, elemId, scale, minWidth', async () => {
  const {props} = await roundTrip(() =>
    gr.Textbox({label: 'L', info: 'I', visible: false, elemId: 'e', scale: 2, minWidth: 10, showLabel: false}),
  );
  expect(props).toMatchObject({label: 'L', info: 'I', visible: false, elemId: 'e', scale: 2, minWidth: 10, showLabel: false});
});

test('each component lists the events Gradio gives it', () => {
  gr.Blocks(() => {
    expect(gr.Textbox().events).toEqual(['change', 'input', 'submit', 'focus', 'blur', 'select']);
    expect(gr.Button().events).toEqual(['click']);
    expect(gr.Slider().events).toEqual(['change', 'input', 'release']);
    expect(gr.Dropdown().events).toEqual(['change', 'input', 'select', 'focus', 'blur']);
    expect(gr.State().events).toEqual(['change']);
    expect(gr.Timer().events).toEqual(['tick']);
  });
});

test('a component can be made with or without new, and is an instance of its gr name either way', () => {
  const app = gr.Blocks(() => {
    const called = gr.Textbox({label: 'called'});
    const constructed = new gr.Textbox({label: 'constructed'});
    expect(constructed).toBeInstanceOf(gr.Textbox);
    expect(called).toBeInstanceOf(gr.Textbox);
    expect(constructed.props.label).toBe('constructed');
  });
  expect(app.components.map(c => c.props.label)).toEqual(['called', 'constructed']);
});
