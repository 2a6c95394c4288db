// Gradio's own Interface demos, translated: each gives what Gradio gives for the same inputs.
import {afterEach, expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import calculator from '../../examples/gradio/calculator.js';
import calculatorLive from '../../examples/gradio/calculator_live.js';
import helloWorld from '../../examples/gradio/hello_world.js';
import scoreTracker from '../../examples/gradio/score_tracker.js';
import sentenceBuilder from '../../examples/gradio/sentence_builder.js';
import tabbed from '../../examples/gradio/tabbed_interface_lite.js';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** Chooses example row `index` as a user would (arrows and Enter on the table). */
async function chooseExample(session: gr.Session, demo: gr.Interface, index: number) {
  const dataset = demo.examplesHandler?.dataset as gr.Dataset;
  await session.set(dataset, index);
  await session.click(dataset);
}

test('hello_world: greet("World", 3) is "Hello, World!!!"; labels are the parameter names and "output"', async () => {
  const [name, intensity] = helloWorld.inputComponents;
  expect([name.props.label, intensity.props.label, helloWorld.outputComponents[0].props.label]).toEqual([
    'name',
    'intensity',
    'output',
  ]);
  const s = open(helloWorld);
  await s.set(name, 'World');
  await s.set(intensity, 3);
  await s.click(helloWorld.submitBtn as gr.Button);
  expect(s.value(helloWorld.outputComponents[0])).toBe('Hello, World!!!');
});

test("calculator: each example row fills the inputs, and submitting gives Gradio's result", async () => {
  const s = open(calculator);
  const results = [];
  for (const index of [0, 1, 2, 3]) {
    await chooseExample(s, calculator, index);
    await s.click(calculator.submitBtn as gr.Button);
    results.push([...calculator.inputComponents.map(c => s.value(c)), s.value(calculator.outputComponents[0])]);
  }
  expect(results).toEqual([
    [45, 'add', 3, 48],
    [3.14, 'divide', 2, 1.57],
    [144, 'multiply', 2.5, 360],
    [0, 'subtract', 1.2, -1.2],
  ]);
});

test('calculator: dividing by zero shows "Cannot divide by zero!" to that user', async () => {
  const s = open(calculator);
  const [num1, operation, num2] = calculator.inputComponents;
  await s.set(num1, 1);
  await s.set(operation, 'divide');
  await s.set(num2, 0);
  await s.click(calculator.submitBtn as gr.Button);
  expect(s.notices.at(-1)).toMatchObject({level: 'error', message: 'Cannot divide by zero!'});
});

test('score_tracker: the top three scores of every user, from one module-level list', async () => {
  const [alice, bob] = [open(scoreTracker), open(scoreTracker)];
  const [score] = scoreTracker.inputComponents;
  for (const [session, value] of [
    [alice, 5],
    [bob, 9],
    [alice, 7],
    [bob, 1],
  ] as const) {
    await session.set(score, value);
    await session.click(scoreTracker.submitBtn as gr.Button);
  }
  expect(bob.value(scoreTracker.outputComponents[0])).toEqual([9, 7, 5]);
  // Alice's last run, after Bob's 9, already ranked it.
  expect(alice.value(scoreTracker.outputComponents[0])).toEqual([9, 7, 5]);
});

test('calculator_live: every change re-runs, with no Submit button', async () => {
  expect(calculatorLive.submitBtn).toBeUndefined();
  const s = open(calculatorLive);
  const [num1, operation, num2] = calculatorLive.inputComponents;
  await s.set(num1, 6);
  await s.set(operation, 'subtract');
  await s.set(num2, 2);
  expect(s.value(calculatorLive.outputComponents[0])).toBe(4);
  await s.set(operation, 'multiply');
  expect(s.value(calculatorLive.outputComponents[0])).toBe(12);
});

test('tabbed_interface_lite: three tabs, each Interface answering with its own function (the Chat tab: gradio-chat-demos)', async () => {
  const [tabs] = tabbed.children as [gr.Tabs];
  expect(tabs.children.map(t => t.props)).toMatchObject([{label: 'Hello World'}, {label: 'Bye World'}, {label: 'Chat'}]);
  const [hello, bye] = tabbed.interfaceList as gr.Interface[];
  const s = open(tabbed);
  await s.set(hello.inputComponents[0], 'Ada');
  await s.submit(hello.inputComponents[0] as gr.Textbox);
  await s.set(bye.inputComponents[0], 'Bob');
  await s.click(bye.submitBtn as gr.Button);
  expect([s.value(hello.outputComponents[0]), s.value(bye.outputComponents[0])]).toEqual(['Hello Ada', 'Bye Bob']);
});

test("sentence_builder: the first example row makes Gradio's sentence", async () => {
  const s = open(sentenceBuilder);
  await chooseExample(s, sentenceBuilder, 0);
  await s.click(sentenceBuilder.submitBtn as gr.Button);
  expect(s.value(sentenceBuilder.outputComponents[0])).toBe(
    'The 2 cats from Japan and Pakistan went to the park where they ate and swam until the morning',
  );
});
