import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {recordingLogger} from './recording-logger.js';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks, options: gr.SessionOptions = {}): gr.Session {
  const session = demo.session(options);
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

test('returning gr.Dropdown({choices, value}) updates the output with only those props, as gr.update', async () => {
  let btn!: gr.Button, country!: gr.Dropdown;
  const demo = gr.Blocks(() => {
    country = gr.Dropdown(['a', 'b'], {label: 'Country', info: 'pick one'});
    btn = gr.Button();
    btn.click(() => gr.Dropdown({choices: ['x', 'y'], value: 'x'}), null, country);
  });
  const s = open(demo);
  await s.click(btn);
  expect(s.value(country)).toBe('x');
  expect(s.props(country)).toMatchObject({choices: ['x', 'y'], label: 'Country', info: 'pick one'});
});

test("a constructor's positional arguments update the props they name: gr.Slider(0, 5), gr.Textbox('hi')", async () => {
  let btn!: gr.Button, slider!: gr.Slider, box!: gr.Textbox;
  const demo = gr.Blocks(() => {
    slider = gr.Slider(0, 100, 50, {label: 'Level', step: 1});
    box = gr.Textbox({label: 'Note', lines: 3});
    btn = gr.Button();
    btn.click(() => [gr.Slider(0, 5), gr.Textbox('hi')], null, [slider, box]);
  });
  const s = open(demo);
  await s.click(btn);
  expect(s.props(slider)).toMatchObject({minimum: 0, maximum: 5, step: 1, label: 'Level'});
  // The value the slider held (50) is kept inside the new range, as any props update does.
  expect(s.value(slider)).toBe(5);
  expect(s.value(box)).toBe('hi');
  expect(s.props(box)).toMatchObject({label: 'Note', lines: 3});
});

test('gr.Textbox({visible: false}) hides the output and leaves its value; in a Map it means the same', async () => {
  let btn!: gr.Button, a!: gr.Textbox, b!: gr.Textbox;
  const demo = gr.Blocks(() => {
    a = gr.Textbox({value: 'kept'});
    b = gr.Textbox({value: 'also kept'});
    btn = gr.Button();
    btn.click(
      () =>
        new Map<gr.Component, unknown>([
          [a, gr.Textbox({visible: false})],
          [b, gr.Textbox({interactive: false})],
        ]),
      null,
      [a, b],
    );
  });
  const s = open(demo);
  await s.click(btn);
  expect([s.value(a), s.props(a).visible]).toEqual(['kept', false]);
  expect([s.value(b), s.props(b).interactive]).toEqual(['also kept', false]);
});

test('a layout without a build callback, returned from a handler, updates that layout: gr.Column({visible})', async () => {
  let btn!: gr.Button, col!: gr.Column, row!: gr.Row, acc!: gr.Accordion, tab!: gr.Tabs;
  const demo = gr.Blocks(() => {
    col = gr.Column({visible: false}, c => {
      gr.Textbox();
      return c;
    });
    row = gr.Row(r => r);
    acc = gr.Accordion('More', a => a);
    tab = gr.Tabs(t => {
      gr.Tab('One', () => {});
      gr.Tab('Two', () => {});
      return t;
    });
    btn = gr.Button();
    btn.click(
      () => [gr.Column({visible: true}), gr.Row({visible: false}), gr.Accordion({open: false}), gr.Tabs({selected: 1})],
      null,
      [col, row, acc, tab],
    );
  });
  const s = open(demo);
  expect(s.props(col).visible).toBe(false);
  await s.click(btn);
  expect(s.props(col).visible).toBe(true);
  expect(s.props(row).visible).toBe(false);
  expect(s.props(acc)).toMatchObject({open: false, label: 'More'});
  expect(s.props(tab).selected).toBe(1);
});

test('constructors called in a handler never throw a BuildError; a layout without callback inside gr.Blocks does, saying why', async () => {
  const logger = recordingLogger();
  let btn!: gr.Button, out!: gr.Dropdown;
  const demo = gr.Blocks(() => {
    out = gr.Dropdown(['a']);
    btn = gr.Button();
    btn.click(
      async () => {
        await Promise.resolve();
        gr.Column({visible: true});
        gr.Tab('x');
        gr.Radio(['p', 'q']);
        return gr.Dropdown(['p', 'q'], {value: 'q', multiselect: false});
      },
      null,
      out,
    );
  });
  const s = open(demo, {logger});
  await s.click(btn);
  expect(s.notices).toEqual([]);
  expect(logger.errors).toEqual([]);
  expect(s.value(out)).toBe('q');
  expect(() =>
    gr.Blocks(() => {
      gr.Column({visible: true});
    }),
  ).toThrow('gr.Column(...) has no build callback: inside gr.Blocks write gr.Column({...}, () => { ... })');
});

test('a component made in a handler is not placed anywhere: the app keeps its blocks', async () => {
  let btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    out = gr.Textbox();
    btn = gr.Button();
    btn.click(() => gr.Textbox({label: 'Renamed'}), null, out);
  });
  const before = demo.children.length;
  const s = open(demo);
  await s.click(btn);
  await s.click(btn);
  expect(demo.children.length).toBe(before);
  expect(s.props(out).label).toBe('Renamed');
});

test('returning gr.Timer({active: false}) stops the timer, and gr.Timer(0.05, {active: true}) restarts it faster, as Gradio', async () => {
  let stop!: gr.Button, start!: gr.Button, timer!: gr.Timer, count!: gr.Number;
  const demo = gr.Blocks(() => {
    timer = gr.Timer(60);
    count = gr.Number(0);
    stop = gr.Button('Stop');
    start = gr.Button('Start');
    timer.tick((n: number) => n + 1, count, count);
    stop.click(() => gr.Timer({active: false}), null, timer);
    start.click(() => gr.Timer(0.05, {active: true}), null, timer);
  });
  const s = open(demo);
  await s.click(stop);
  expect(s.props(timer).active).toBe(false);
  // A lone options object is the options, not the period: the timer keeps its 60 s.
  expect(s.value(timer)).toBe(60);
  await s.click(start);
  expect(s.value(timer)).toBe(0.05);
  expect(s.props(timer).active).toBe(true);
  await new Promise(resolve => setTimeout(resolve, 400));
  expect(Number(s.value(count))).toBeGreaterThanOrEqual(2);
});
