// Gradio's Blocks demos ported line for line (examples/gradio/): each does what Gradio's does for the same actions.
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import accordionTabSwitch from '../../examples/gradio/accordion_tab_switch.js';
import blocksEssay from '../../examples/gradio/blocks_essay.js';
import blocksForm from '../../examples/gradio/blocks_form.js';
import blocksHello from '../../examples/gradio/blocks_hello.js';
import blocksSimpleSquares from '../../examples/gradio/blocks_simple_squares.js';
import blocksUpdate from '../../examples/gradio/blocks_update.js';
import chatbotStreaming from '../../examples/gradio/chatbot_streaming.js';
import timer from '../../examples/gradio/timer.js';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks, options?: gr.SessionOptions): gr.Session {
  const session = demo.session(options);
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** The app's component of this kind with this label (or the n-th of the kind). */
function find<T extends gr.Component>(demo: gr.Blocks, type: string, label?: string | number): T {
  const all = demo.components.filter(c => c.type === type);
  const found = typeof label === 'string' ? all.find(c => c.props.label === label) : all[label ?? 0];
  if (!found) throw new Error(`no ${type} ${label ?? ''}`);
  return found as T;
}
const buttonLabelled = (demo: gr.Blocks, text: string, n = 0) =>
  demo.components.filter(c => c.type === 'button' && c.initialValue() === text)[n] as gr.Button;

test('blocks_hello: typing a name greets it', async () => {
  const s = open(blocksHello);
  const [inp, out] = [find<gr.Textbox>(blocksHello, 'textbox', 0), find<gr.Textbox>(blocksHello, 'textbox', 1)];
  await s.set(inp, 'Ada');
  expect(s.value(out)).toBe('Welcome to Gradio, Ada!');
});

test('blocks_form: Submit hides itself, shows the results Column, and diagnoses from the symptoms', async () => {
  const s = open(blocksForm);
  const column = blocksForm.blocks.find(b => b.type === 'column') as gr.Block;
  const submit = buttonLabelled(blocksForm, 'Submit');
  expect(s.props(column).visible).toBe(false);
  await s.set(find(blocksForm, 'textbox', 'Name'), 'Ada');
  await s.set(find(blocksForm, 'number', 'Age'), 36);
  await s.set(find(blocksForm, 'checkboxgroup'), ['Cough']);
  await s.click(submit);
  expect(s.notices).toEqual([]);
  expect([s.props(column).visible, s.props(submit).visible]).toEqual([true, false]);
  expect(s.value(find(blocksForm, 'textbox', 'Diagnosis'))).toBe('covid');
  expect(s.value(find(blocksForm, 'textbox', 'Patient Summary'))).toBe('Ada, 36 y/o');
});

test('blocks_simple_squares: each click counts up and the JSON keeps every square, from a State dict', async () => {
  const s = open(blocksSimpleSquares);
  const next = buttonLabelled(blocksSimpleSquares, 'Next Square');
  for (let i = 0; i < 3; i++) await s.click(next);
  expect(s.value(find(blocksSimpleSquares, 'number'))).toBe(9);
  expect(s.value(find(blocksSimpleSquares, 'json'))).toEqual({a: 'a', 1: 1, 2: 4, 3: 9});
  // Another session starts again from the default dict.
  const other = open(blocksSimpleSquares);
  await other.click(next);
  expect(other.value(find(blocksSimpleSquares, 'json'))).toEqual({a: 'a', 1: 1});
});

test('blocks_update: a species fills the animals and shows the details; a big animal widens the Slider', async () => {
  const s = open(blocksUpdate);
  const [species, animal, weight] = [
    find(blocksUpdate, 'radio', 'Animal Class'),
    find(blocksUpdate, 'dropdown', 'Animal'),
    find(blocksUpdate, 'slider'),
  ];
  const details = find(blocksUpdate, 'textbox', 'Extra Details');
  const column = blocksUpdate.blocks.find(b => b.type === 'column') as gr.Block;
  await s.set(species, 'Mammal');
  expect(s.props(animal).choices).toEqual(['Elephant', 'Giraffe', 'Hamster']);
  // The Dropdown's new value fires its change: Giraffe is big.
  expect([s.value(animal), s.props(column).visible, s.props(weight).maximum]).toEqual(['Giraffe', true, 100]);
  await s.set(weight, 35);
  expect(s.props(details).lines).toBe(4);
  await s.set(details, 'tall');
  await s.click(buttonLabelled(blocksUpdate, 'Generate'));
  expect(s.value(find(blocksUpdate, 'textbox', 'Output'))).toBe('tall');
  expect(s.notices).toEqual([]);
});

test('chatbot_streaming: the message shows at once, the reply streams in, Clear empties the chat', async () => {
  const s = open(chatbotStreaming);
  const [chatbot, msg] = [find<gr.Chatbot>(chatbotStreaming, 'chatbot'), find<gr.Textbox>(chatbotStreaming, 'textbox')];
  const seen: unknown[] = [];
  s.subscribe(() => seen.push(structuredClone(s.value(chatbot))));
  await s.set(msg, 'hello');
  await s.submit(msg);
  const history = s.value(chatbot) as gr.ChatMessage[];
  expect(s.value(msg)).toBe('');
  expect(history[0]).toEqual({role: 'user', content: 'hello'});
  expect(['How are you?', 'I love you', "I'm very hungry"]).toContain(history[1]?.content);
  // It streamed: some screen showed the reply cut short.
  expect(seen.some(v => Array.isArray(v) && v.length === 2 && (v[1] as gr.ChatMessage).content.length === 1)).toBe(true);
  await s.click(buttonLabelled(chatbotStreaming, 'Clear'));
  expect(s.value(chatbot)).toEqual([]);
});

test('timer: the ticking Numbers show the time; Start and Stop turn the third Timer on and off; Go Fast sets 0.2 s', async () => {
  const s = open(timer);
  const [time, time2, time3] = [find(timer, 'number', 'Time'), find(timer, 'number', 'Time 2'), find(timer, 'number', 2)];
  const timers = timer.components.filter(c => c.type === 'timer');
  await gr.sleep(1100);
  const now = Math.round(Date.now() / 1000);
  expect(Math.abs((s.value(time) as number) - now)).toBeLessThanOrEqual(1);
  expect(Math.abs((s.value(time2) as number) - now)).toBeLessThanOrEqual(1);
  expect(s.value(time3)).toBeNull();
  await s.click(buttonLabelled(timer, 'Start'));
  expect(s.props(timers[1] as gr.Timer).active).toBe(true);
  await s.click(buttonLabelled(timer, 'Stop'));
  expect(s.props(timers[1] as gr.Timer).active).toBe(false);
  const random = find(timer, 'number', 'Random Number');
  const value = s.value(random) as number;
  expect(value >= 1 && value <= 10).toBe(true);
  await s.click(buttonLabelled(timer, 'Go Fast'));
  expect(s.value(timers[2] as gr.Timer)).toBe(0.2);
  expect(s.notices).toEqual([]);
});

test('blocks_essay: the essay kind sets the box, a country fills its cities, the sliders bound the Number, the toggle hides the Column', async () => {
  const s = open(blocksEssay);
  const radio = find(blocksEssay, 'radio');
  const text = find(blocksEssay, 'textbox', 0);
  const submit = buttonLabelled(blocksEssay, 'Submit');
  await s.set(radio, 'long');
  expect([s.props(text).lines, s.value(text), s.props(submit).interactive]).toEqual([8, 'Lorem ipsum dolor sit amet', true]);
  await s.set(radio, 'none');
  expect([s.props(text).visible, s.props(submit).interactive]).toEqual([false, false]);
  await s.set(find(blocksEssay, 'dropdown', 'Country'), 'Canada');
  const cities = find(blocksEssay, 'dropdown', 'Cities');
  expect([s.props(cities).choices, s.value(cities)]).toEqual([['Toronto', 'Montreal', 'Vancouver'], 'Toronto']);
  const num = find(blocksEssay, 'number', 'input');
  await s.set(find(blocksEssay, 'slider', 'max'), 50);
  expect([s.props(num).minimum, s.props(num).maximum]).toEqual([0, 50]);
  await s.set(num, 42);
  await s.submit(num as gr.Textbox);
  expect(s.value(find(blocksEssay, 'number', 'output'))).toBe(42);
  const column = blocksEssay.blocks.find(b => b.type === 'column') as gr.Block;
  const toggle = buttonLabelled(blocksEssay, 'Toggle Column Visibility');
  await s.click(toggle);
  expect(s.props(column).visible).toBe(false);
  await s.click(toggle);
  expect(s.props(column).visible).toBe(true);
  expect(s.notices).toEqual([]);
});

test('accordion_tab_switch: the Checkbox opens and closes the Accordion; the Button selects Tab 2 by its id', async () => {
  const s = open(accordionTabSwitch);
  const [tabs, acc] = ['tabs', 'accordion'].map(type => accordionTabSwitch.blocks.find(b => b.type === type) as gr.Block);
  const tab2 = accordionTabSwitch.blocks.filter(b => b.type === 'tabitem')[1] as gr.Block;
  expect([s.props(acc).open, (acc.props as {label?: string}).label, (tab2.props as {id?: string}).id]).toEqual([
    false,
    'Accordion',
    't2',
  ]);
  await s.set(find(accordionTabSwitch, 'checkbox', 'Accordion Open'), true);
  expect(s.props(acc).open).toBe(true);
  await s.set(find(accordionTabSwitch, 'checkbox', 'Accordion Open'), false);
  expect(s.props(acc).open).toBe(false);
  await s.click(buttonLabelled(accordionTabSwitch, 'Switch to Tab 2'));
  expect(s.props(tabs).selected).toBe('t2');
  expect(s.notices).toEqual([]);
});
