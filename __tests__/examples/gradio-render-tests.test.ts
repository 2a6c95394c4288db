// Gradio's demo/render_tests (its own checks of gr.render), translated into this test rather
// than examples/: its boxes show the wall clock, which no tape golden can hold still. Here
// Date.now follows the session's virtual clock, so every value can be asserted.
import {afterEach, beforeEach, expect, jest, test} from '@jest/globals';
import * as gr from 'termblocks';
import {VirtualClock} from '../../source/script/VirtualClock.js';

const clock = new VirtualClock();
const EPOCH = 1_700_000_000_000;
beforeEach(() => {
  jest.spyOn(Date, 'now').mockImplementation(() => EPOCH + clock.now());
});
afterEach(() => {
  jest.restoreAllMocks();
});

// The demo, line for line; `datetime.now().timestamp()` is Date.now() / 1000, shown as str() as Gradio's Textbox does.
function updateLog() {
  return String(Date.now() / 1000);
}

function getTarget(evt: gr.HandlerContext) {
  return (evt.event.target as gr.Button).describe();
}

function getSelectIndex(evt: gr.SelectData) {
  return evt.index;
}

const demo = gr.Blocks(demo => {
  gr.Textbox({value: updateLog, every: 0.5, label: 'Time'});

  const slider = gr.Slider(1, 10, undefined, {step: 1, label: 'Slider'});
  gr.render({inputs: [slider]}, function showLog(s: number) {
    gr.Row(() => {
      for (let i = 0; i < s; i++) gr.Textbox({value: updateLog, every: 0.5, label: `Render ${i + 1}`});
    });
  });

  const slider2 = gr.Slider(1, 10, undefined, {step: 1, label: 'Box Count'});
  const btn = gr.Button('Create Boxes');
  gr.render({inputs: [slider2], triggers: [btn.click]}, function showLog2(s: number) {
    for (let i = 0; i < s; i++) gr.Textbox(String(i), {label: `Count ${i + 1}`});
  });

  let selectedBtn!: gr.Textbox;
  let selectedChat!: gr.Textbox;
  gr.Row(() => {
    selectedBtn = gr.Textbox({label: 'Selected Button'});
    selectedChat = gr.Textbox({label: 'Selected Chat'});
  });
  gr.render({inputs: [slider]}, function showButtons(s: number) {
    gr.Row(() => {
      gr.Column(() => {
        for (let i = 0; i < s; i++) {
          const btn = gr.Button(`Button ${i + 1}`);
          btn.click(getTarget, null, selectedBtn);
        }
      });
      const chatbot = gr.Chatbot([
        {role: 'user', content: 'Hello'},
        {role: 'assistant', content: 'Hi'},
        {role: 'user', content: 'How are you?'},
        {role: 'assistant', content: "I'm good."},
      ]);
      chatbot.select(getSelectIndex, null, selectedChat);
    });
  });

  const selectableChat = gr.Chatbot([
    {role: 'user', content: 'chat1'},
    {role: 'assistant', content: 'chat2'},
    {role: 'user', content: 'chat3'},
    {role: 'assistant', content: 'chat4'},
  ]);
  gr.render({triggers: [selectableChat.select]}, function showSelectedChat(selection: gr.SelectData) {
    gr.Textbox({label: 'Trigger Index', value: String(selection.index)});
  });

  gr.render(function examplesInInterface() {
    gr.Interface((x: string) => x, gr.Textbox({label: 'input'}), gr.Textbox(), {examples: [['test']]});
  });

  gr.render(function examplesInBlocks() {
    const a = gr.Textbox({label: 'little textbox'});
    gr.Examples([['abc'], ['def']], [a]);
  });

  const choicesCount = gr.Slider(1, 10, 3, {step: 1, label: 'Choices'});
  gr.render(choicesCount, function showChoices(count: number) {
    gr.Row(() => {
      const letterChoices = gr.Radio([...'abcdefghij'].slice(0, count), {
        label: 'Choices',
        key: 'choices',
        preservedByKey: ['value', 'label'],
        interactive: true,
      });
      const textbox = gr.Textbox({label: 'Set Label', value: 'Choices'});
      textbox.change((l: string) => gr.Radio({label: l}), textbox, letterChoices);
    });
  });

  const timer = gr.Timer(0.5);
  gr.render({triggers: [timer.tick], showProgress: 'hidden'}, function render() {
    const a = gr.Textbox({label: 'box-a', key: 'a'});
    const b = gr.Textbox({label: 'box-b', key: 'b'});
    // `time.sleep(0.5) or x`
    a.change(async (x: string) => (await gr.sleep(500)) ?? x, a, b, {key: 'a-b'});
    gr.Number({value: Math.round((Date.now() / 1000) * 100) / 100});
  });

  const renderTab = gr.Button('Render Tab');
  gr.render({triggers: [renderTab.click]}, function testRender() {
    gr.Tabs(() => {
      gr.Tab('', () => {
        gr.Textbox('This is a rendered tab', {label: 'Rendered Tab'});
      });
      gr.Tab('', () => {
        gr.Textbox('Another Tab', {label: 'Another Tab'});
      });
    });
  });
  void demo;
});

const sessions: gr.Session[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});
async function open(): Promise<gr.Session> {
  const s = demo.session({clock});
  sessions.push(s);
  await s.idle();
  return s;
}

/** The component of this session with that label (or, for a button, that text). */
function byLabel<T extends gr.Component>(s: gr.Session, label: string): T {
  const found = s.components.find(c => s.props(c).label === label || (c instanceof gr.Button && s.value(c) === label));
  if (!found) throw new Error(`nothing labelled ${label}`);
  return found as T;
}
function labelled(s: gr.Session, pattern: RegExp): string[] {
  return s.components.map(c => String(s.props(c).label ?? '')).filter(label => pattern.test(label));
}
/** Until nothing runs but handlers asleep on the clock (which only moving it wakes). */
async function quiet(s: gr.Session): Promise<void> {
  for (let round = 0; round < 200 && !s.timekeeper.quiet; round++) await new Promise(resolve => setImmediate(resolve));
}
const advance = (s: gr.Session, ms: number) => clock.advanceBy(ms, () => quiet(s));

test('render_tests: function values with every tick in the app and in each run of a render', async () => {
  const s = await open();
  const start = Number(s.value(byLabel(s, 'Time')));
  expect(Number(s.value(byLabel(s, 'Render 1')))).toBeCloseTo(start, 1);
  await s.set(byLabel(s, 'Slider'), 3);
  expect(labelled(s, /^Render /)).toEqual(['Render 1', 'Render 2', 'Render 3']);
  await advance(s, 1000);
  const now = Number(s.value(byLabel(s, 'Time')));
  expect(now).toBeGreaterThanOrEqual(start + 1);
  for (const label of ['Render 1', 'Render 2', 'Render 3']) {
    expect(Number(s.value(byLabel(s, label)))).toBeCloseTo(now, 1);
  }
});

test('render_tests: boxes on a click, buttons and a Chatbot whose listeners write outside, a render on select', async () => {
  const s = await open();
  await s.set(byLabel(s, 'Box Count'), 3);
  expect(labelled(s, /^Count /)).toEqual([]);
  await s.click(byLabel(s, 'Create Boxes'));
  expect(labelled(s, /^Count /).map(label => s.value(byLabel(s, label)))).toEqual(['0', '1', '2']);
  await s.set(byLabel(s, 'Slider'), 2);
  const second = byLabel<gr.Button>(s, 'Button 2');
  await s.click(second);
  expect(s.value(byLabel(s, 'Selected Button'))).toBe(second.describe());
  const inner = s.components.find(c => c instanceof gr.Chatbot && c.owner !== demo) as gr.Chatbot;
  await s.trigger(inner, 'select', {index: 3, value: "I'm good.", selected: true});
  expect(s.value(byLabel(s, 'Selected Chat'))).toBe('3');
  const outer = s.components.find(c => c instanceof gr.Chatbot && c.owner === demo) as gr.Chatbot;
  await s.trigger(outer, 'select', {index: 1, value: 'chat2', selected: true});
  expect(s.value(byLabel(s, 'Trigger Index'))).toBe('1');
});

test('render_tests: an Interface and Examples made in renders work; a keyed Radio keeps the label a listener gave it', async () => {
  const s = await open();
  await s.set(byLabel(s, 'input'), 'echo');
  await s.click(byLabel(s, 'Submit'));
  expect(s.value(byLabel(s, 'output'))).toBe('echo');
  await s.set(byLabel(s, 'Set Label'), 'Letters');
  const radio = byLabel<gr.Radio>(s, 'Letters');
  await s.set(radio, 'b');
  await s.set(byLabel(s, 'Choices'), 5);
  const next = byLabel<gr.Radio>(s, 'Letters');
  expect(next).not.toBe(radio);
  expect(s.value(next)).toBe('b');
  expect(s.props(next).choices).toHaveLength(5);
});

test('render_tests: re-rendered every tick, a keyed listener still lands its slow result in the keyed box', async () => {
  const s = await open();
  await advance(s, 500);
  const first = Number(s.value(s.components.filter(c => c instanceof gr.Number).at(-1) as gr.Number));
  const typed = s.set(byLabel(s, 'box-a'), 'hello');
  // The render runs again at each 0.5 s tick while the 0.5 s listener runs.
  await advance(s, 1000);
  await typed;
  expect(s.value(byLabel(s, 'box-a'))).toBe('hello');
  expect(s.value(byLabel(s, 'box-b'))).toBe('hello');
  const last = Number(s.value(s.components.filter(c => c instanceof gr.Number).at(-1) as gr.Number));
  expect(last).toBeGreaterThan(first);
  await s.click(byLabel(s, 'Render Tab'));
  expect(s.value(byLabel(s, 'Rendered Tab'))).toBe('This is a rendered tab');
  expect(s.value(byLabel(s, 'Another Tab'))).toBe('Another Tab');
});
