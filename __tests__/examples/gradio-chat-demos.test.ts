// Gradio's own ChatInterface demos, translated: each gives what Gradio gives for the same inputs.
import {afterEach, expect, jest, test} from '@jest/globals';
import type * as gr from 'termblocks';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** The demos log the browser options they ignore when imported: that line is checked once, below, not printed. */
async function load<T>(name: string): Promise<{demo: T; warnings: string[]}> {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const demo = (await import(`../../examples/gradio/${name}.js`)).default as T;
    return {demo, warnings: warn.mock.calls.map(call => String(call[0]))};
  } finally {
    warn.mockRestore();
  }
}

async function send(s: gr.Session, demo: gr.ChatInterface, message: string) {
  await s.set(demo.textbox, message);
  await s.submit(demo.textbox);
}

const user = (content: string) => ({role: 'user', content});
const bot = (content: string) => ({role: 'assistant', content});

test('chatinterface_streaming_echo: "hello" streams back as "You typed: h" ... "You typed: hello"', async () => {
  const {demo, warnings} = await load<gr.ChatInterface>('chatinterface_streaming_echo');
  expect(warnings.join('\n')).toMatch(/ignores flaggingMode, flaggingOptions, saveHistory/);
  const s = open(demo);
  const replies = new Set<string>();
  s.subscribe(() => {
    const last = (s.value(demo.chatbot) as gr.ChatMessage[]).at(-1);
    if (last?.role === 'assistant') replies.add(last.content);
  });
  await send(s, demo, 'hello');
  expect(s.value(demo.chatbot)).toEqual([user('hello'), bot('You typed: hello')]);
  expect([...replies]).toEqual(['h', 'he', 'hel', 'hell', 'hello'].map(typed => `You typed: ${typed}`));
  // Undo puts "hello" back in the box, as Gradio's undo button does.
  await s.click(demo.undoBtn as gr.Button);
  expect([s.value(demo.chatbot), s.value(demo.textbox)]).toEqual([[], 'hello']);
});

test('chatinterface_system_prompt: the slider starts at 10 tokens; with 100 the whole echo comes back', async () => {
  const {demo} = await load<gr.ChatInterface>('chatinterface_system_prompt');
  const [prompt, tokens] = demo.additionalInputs;
  expect(prompt.props.label).toBe('System Prompt');
  const s = open(demo);
  expect([s.value(prompt), s.value(tokens)]).toEqual(['You are helpful AI.', 10]);
  await send(s, demo, 'hi');
  expect((s.value(demo.chatbot) as gr.ChatMessage[]).at(-1)).toEqual(bot('System pro'));
  await s.set(prompt, 'Be brief.');
  await s.set(tokens, 100);
  await send(s, demo, 'hello');
  expect((s.value(demo.chatbot) as gr.ChatMessage[]).at(-1)).toEqual(bot('System prompt: Be brief.\n Message: hello.'));
});

test('test_chatinterface_examples: choosing "Hey" sends it and the echo streams back; the examples then go', async () => {
  const {demo} = await load<gr.ChatInterface>('test_chatinterface_examples');
  const dataset = (demo.examplesHandler as gr.Examples).dataset;
  expect(dataset.props.samples).toEqual([['Hey'], ['Can you explain briefly to me what is the Python programming language?']]);
  const s = open(demo);
  await s.set(dataset, 0);
  await s.click(dataset);
  expect(s.value(demo.chatbot)).toEqual([user('Hey'), bot('Hey')]);
  expect(s.props(dataset).visible).toBe(false);
});

test('tabbed_interface_lite: the Chat tab answers "Hello " + the message; the other tabs keep theirs', async () => {
  const {demo} = await load<gr.TabbedInterface>('tabbed_interface_lite');
  const [hello, , chat] = demo.interfaceList as [gr.Interface, gr.Interface, gr.ChatInterface];
  const s = open(demo);
  await send(s, chat, 'Cy');
  expect(s.value(chat.chatbot)).toEqual([user('Cy'), bot('Hello Cy')]);
  await s.set(hello.inputComponents[0], 'Ada');
  await s.click(hello.submitBtn as gr.Button);
  expect(s.value(hello.outputComponents[0])).toBe('Hello Ada');
});
