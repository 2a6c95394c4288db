import {afterEach, expect, jest, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {Block} from '../../source/blocks/Block.js';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

const sessions: gr.Session[] = [];
let mounted: MountedApp | undefined;
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
  for (const session of sessions.splice(0)) await session.close();
  jest.restoreAllMocks();
});

/** Types `message` in the box and presses Enter, as the user does. */
async function send(s: gr.Session, demo: gr.ChatInterface, message: string) {
  await s.set(demo.textbox, message);
  await s.submit(demo.textbox);
}

const user = (content: string) => ({role: 'user', content});
const bot = (content: string) => ({role: 'assistant', content});

/** The layout as kinds and labels, e.g. `chatbot "Chatbot" row[textbox button "Submit"]`. */
function shape(blocks: readonly Block[]): string {
  return blocks
    .map(block => {
      const label = (block.props as {label?: string}).label;
      const name = label ?? (block.type === 'button' ? (block as gr.Button).initial : undefined);
      const children = 'children' in block ? `[${shape((block as unknown as {children: Block[]}).children)}]` : '';
      return `${block.type}${typeof name === 'string' ? ` "${name}"` : ''}${children}`;
    })
    .join(' ');
}

test('fn(message, history) answers each message; the history is the conversation so far, as messages', async () => {
  const seen: unknown[] = [];
  const demo = gr.ChatInterface((message: string, history: gr.ChatMessage[]) => {
    seen.push(structuredClone(history));
    return `You said: ${message}`;
  });
  const s = open(demo);
  await send(s, demo, 'hi');
  await send(s, demo, 'again');
  expect(s.value(demo.chatbot)).toEqual([user('hi'), bot('You said: hi'), user('again'), bot('You said: again')]);
  expect(seen).toEqual([[], [user('hi'), bot('You said: hi')]]);
  // The box empties once the message is sent, as Gradio's does.
  expect(s.value(demo.textbox)).toBe('');
});

test("Gradio's layout: the chat, the message box with Submit, then Retry, Undo and Clear", () => {
  const demo = gr.ChatInterface({fn: (m: string) => m, title: 'Echo', description: 'Says it back.'});
  expect(demo.title).toBe('Echo');
  expect(shape(demo.children)).toBe(
    'markdown chatbot "Chatbot" row[textbox button "Submit"] row[button "Retry" button "Undo" button "Clear"]',
  );
  expect(demo.textbox.props).toMatchObject({showLabel: false, placeholder: 'Type a message...'});
});

test('fn may return a string, a message, a list of messages, or content as Gradio 6 parts', async () => {
  const replies: Record<string, unknown> = {
    string: 'plain',
    message: {role: 'assistant', content: 'a message'},
    list: [{role: 'assistant', content: 'one'}, 'two'],
    parts: {
      role: 'assistant',
      content: [
        {type: 'text', text: 'in '},
        {type: 'text', text: 'parts'},
      ],
    },
    bareParts: [{type: 'text', text: 'bare parts'}],
    nothing: null,
    number: 42,
  };
  const demo = gr.ChatInterface((message: string) => replies[message]);
  const s = open(demo);
  const shown: Record<string, unknown> = {};
  for (const kind of Object.keys(replies)) {
    await s.click(demo.clearBtn as gr.Button);
    await send(s, demo, kind);
    shown[kind] = (s.value(demo.chatbot) as gr.ChatMessage[]).slice(1);
  }
  expect(shown).toEqual({
    string: [bot('plain')],
    message: [bot('a message')],
    list: [bot('one'), bot('two')],
    parts: [bot('in parts')],
    bareParts: [bot('bare parts')],
    nothing: [],
    number: [bot('42')],
  });
});

test('an async fn answers as a sync one does', async () => {
  const demo = gr.ChatInterface(async (message: string) => {
    await new Promise(resolve => setTimeout(resolve, 5));
    return message.toUpperCase();
  });
  const s = open(demo);
  await send(s, demo, 'quiet');
  expect(s.value(demo.chatbot)).toEqual([user('quiet'), bot('QUIET')]);
});

test('a generator streams into the last reply; Stop shows instead of Submit, ends it and keeps what came', async () => {
  let release!: () => void;
  const gate = new Promise<void>(resolve => {
    release = resolve;
  });
  let cleanedUp = false;
  async function* typing(message: string) {
    try {
      yield message.slice(0, 1);
      await gate;
      for (let i = 2; i <= message.length; i++) yield message.slice(0, i);
    } finally {
      cleanedUp = true;
    }
  }
  const demo = gr.ChatInterface(typing, {stopBtn: 'Halt'});
  const [submit, stop] = [demo.submitBtn as gr.Button, demo.stopBtn as gr.Button];
  expect(stop.initial).toBe('Halt');
  const s = open(demo);
  expect(s.props(stop).visible).toBe(false);
  await s.set(demo.textbox, 'hello');
  const running = s.submit(demo.textbox);
  await new Promise(resolve => setTimeout(resolve, 20));
  expect(s.value(demo.chatbot)).toEqual([user('hello'), bot('h')]);
  expect([s.props(submit).visible, s.props(stop).visible]).toEqual([false, true]);
  await s.click(stop);
  release();
  await running;
  await s.idle();
  expect(s.value(demo.chatbot)).toEqual([user('hello'), bot('h')]);
  expect([s.props(submit).visible, s.props(stop).visible]).toEqual([true, false]);
  expect(cleanedUp).toBe(true);
  // Left alone, a stream runs to its end, each yield replacing the reply so far.
  await send(s, demo, 'abc');
  expect((s.value(demo.chatbot) as gr.ChatMessage[]).slice(2)).toEqual([user('abc'), bot('abc')]);
});

test('a sync generator streams too', async () => {
  const steps: unknown[] = [];
  const demo = gr.ChatInterface(function* count(message: string) {
    for (let i = 1; i <= Number(message); i++) yield `${i}`;
  });
  const s = open(demo);
  s.subscribe(() => steps.push((s.value(demo.chatbot) as gr.ChatMessage[]).at(-1)?.content));
  await send(s, demo, '3');
  expect(s.value(demo.chatbot)).toEqual([user('3'), bot('3')]);
  expect(steps).toEqual(expect.arrayContaining(['1', '2', '3']));
});

test('Enter while a reply comes does not send: the message stays in the box until the reply is done', async () => {
  let release!: () => void;
  const gate = new Promise<void>(resolve => {
    release = resolve;
  });
  const demo = gr.ChatInterface(async (message: string) => {
    await gate;
    return `re: ${message}`;
  });
  const s = open(demo);
  await s.set(demo.textbox, 'first');
  const first = s.submit(demo.textbox);
  await new Promise(resolve => setTimeout(resolve, 10));
  await s.set(demo.textbox, 'second');
  await s.submit(demo.textbox).catch(() => {});
  expect(s.value(demo.textbox)).toBe('second');
  expect(s.value(demo.chatbot)).toEqual([user('first')]);
  release();
  await first;
  await s.idle();
  await s.submit(demo.textbox);
  expect(s.value(demo.chatbot)).toEqual([user('first'), bot('re: first'), user('second'), bot('re: second')]);
});

test('an empty message is not sent', async () => {
  const fn = jest.fn((m: string) => m);
  const demo = gr.ChatInterface(fn);
  const s = open(demo);
  await send(s, demo, '   ');
  expect(s.value(demo.chatbot)).toEqual([]);
  expect(fn).not.toHaveBeenCalled();
});

test('gr.Error shows its message to that user; any other exception a short one; the message stays for Retry', async () => {
  let fail: 'gr' | 'plain' | undefined = 'gr';
  const demo = gr.ChatInterface((message: string) => {
    if (fail === 'gr') throw new gr.Error('The model is asleep');
    if (fail === 'plain') throw new Error('secret stack detail');
    return `ok: ${message}`;
  });
  const error = jest.spyOn(console, 'error').mockImplementation(() => {});
  const s = open(demo);
  await send(s, demo, 'wake up');
  expect(s.notices.at(-1)).toMatchObject({level: 'error', message: 'The model is asleep'});
  expect(s.value(demo.chatbot)).toEqual([user('wake up')]);
  fail = 'plain';
  await s.click(demo.retryBtn as gr.Button);
  expect(s.notices.at(-1)?.level).toBe('error');
  expect(s.notices.at(-1)?.message).not.toContain('secret');
  fail = undefined;
  await s.click(demo.retryBtn as gr.Button);
  expect(s.value(demo.chatbot)).toEqual([user('wake up'), bot('ok: wake up')]);
  error.mockRestore();
});

test('Retry asks again with the history before the last turn; Undo takes the turn back into the box; Clear empties', async () => {
  let n = 0;
  const histories: unknown[] = [];
  const demo = gr.ChatInterface((message: string, history: gr.ChatMessage[]) => {
    histories.push(history.length);
    n += 1;
    return `${message} #${n}`;
  });
  const s = open(demo);
  await send(s, demo, 'a');
  await send(s, demo, 'b');
  await s.click(demo.retryBtn as gr.Button);
  expect(s.value(demo.chatbot)).toEqual([user('a'), bot('a #1'), user('b'), bot('b #3')]);
  expect(histories).toEqual([0, 2, 2]);
  await s.click(demo.undoBtn as gr.Button);
  expect(s.value(demo.chatbot)).toEqual([user('a'), bot('a #1')]);
  expect(s.value(demo.textbox)).toBe('b');
  await s.click(demo.clearBtn as gr.Button);
  expect(s.value(demo.chatbot)).toEqual([]);
  // On an empty chat they do nothing.
  await s.click(demo.retryBtn as gr.Button);
  await s.click(demo.undoBtn as gr.Button);
  expect(s.value(demo.chatbot)).toEqual([]);
  expect(n).toBe(3);
});

test('fn changing the history it is given does not change the conversation', async () => {
  const demo = gr.ChatInterface((message: string, history: gr.ChatMessage[]) => {
    history.push({role: 'assistant', content: 'sneaky'});
    if (history[0]) history[0].content = 'rewritten';
    return message;
  });
  const s = open(demo);
  await send(s, demo, 'one');
  await send(s, demo, 'two');
  expect(s.value(demo.chatbot)).toEqual([user('one'), bot('one'), user('two'), bot('two')]);
});

test('examples show until the first message; choosing one sends it; Clear brings them back', async () => {
  const demo = gr.ChatInterface((m: string) => `echo ${m}`, {examples: ['hello', 'hola'], exampleLabels: ['Hi', 'Hola']});
  const examples = demo.examplesHandler as gr.Examples;
  const s = open(demo);
  expect(s.props(examples.dataset).sampleLabels).toEqual(['Hi', 'Hola']);
  expect(s.props(examples.dataset).visible).not.toBe(false);
  await s.set(examples.dataset, 1);
  await s.click(examples.dataset);
  expect(s.value(demo.chatbot)).toEqual([user('hola'), bot('echo hola')]);
  expect(s.value(demo.textbox)).toBe('');
  expect(s.props(examples.dataset).visible).toBe(false);
  await s.click(demo.clearBtn as gr.Button);
  expect(s.props(examples.dataset).visible).toBe(true);
  expect(s.value(demo.chatbot)).toEqual([]);
  // Typing a message hides them as well.
  await send(s, demo, 'typed');
  expect(s.props(examples.dataset).visible).toBe(false);
});

test('runExamplesOnClick: false only puts the example in the message box', async () => {
  const fn = jest.fn((m: string) => m);
  const demo = gr.ChatInterface(fn, {examples: [{text: 'from a dict', files: []}], runExamplesOnClick: false});
  const dataset = (demo.examplesHandler as gr.Examples).dataset;
  const s = open(demo);
  await s.set(dataset, 0);
  await s.click(dataset);
  expect(s.value(demo.textbox)).toBe('from a dict');
  expect(s.value(demo.chatbot)).toEqual([]);
  expect(fn).not.toHaveBeenCalled();
});

test('additional inputs sit in a closed Accordion and reach fn after the history', async () => {
  const demo = gr.ChatInterface(
    (message: string, _history: unknown, prompt: string, tokens: number) => `${prompt} ${message} (${tokens})`,
    {
      additionalInputs: [
        gr.Textbox({value: 'You are helpful.', label: 'System Prompt'}),
        gr.Slider({minimum: 10, maximum: 100, value: 50}),
      ],
    },
  );
  expect(shape(demo.children).endsWith('accordion "Additional Inputs"[textbox "System Prompt" slider]')).toBe(true);
  expect(demo.children.at(-1)?.props).toMatchObject({open: false});
  const s = open(demo);
  await s.set(demo.additionalInputs[1], 70);
  await send(s, demo, 'hi');
  expect((s.value(demo.chatbot) as gr.ChatMessage[])[1]).toEqual(bot('You are helpful. hi (70)'));
});

test('examples that give additional values fill every input, stay under them and do not send', async () => {
  const fn = jest.fn((m: string) => m);
  const demo = gr.ChatInterface(fn, {
    additionalInputs: [gr.Textbox({label: 'System Prompt'})],
    examples: [
      ['Hello', 'Be brief.'],
      ['Tell me a story', null],
    ],
  });
  const dataset = (demo.examplesHandler as gr.Examples).dataset;
  expect(demo.children.at(-1)).toBe(dataset);
  const s = open(demo);
  await s.set(dataset, 0);
  await s.click(dataset);
  expect([s.value(demo.textbox), s.value(demo.additionalInputs[0])]).toEqual(['Hello', 'Be brief.']);
  expect(fn).not.toHaveBeenCalled();
  await s.submit(demo.textbox);
  expect(s.value(demo.chatbot)).toEqual([user('Hello'), bot('Hello')]);
  expect(s.props(dataset).visible).not.toBe(false);
  expect(() => gr.ChatInterface(fn, {examples: [['a', 'b']]})).toThrow(
    /example 1 .* 1 values after the message, but there are 0/,
  );
});

test('your own chatbot and textbox are the ones used; additionalOutputs take the rest of what fn returns', async () => {
  const chatbot = gr.Chatbot({label: 'Bot', height: 5});
  const textbox = gr.Textbox({placeholder: 'Ask me'});
  const code = gr.Code({label: 'Artifact'});
  const demo = gr.ChatInterface((m: string) => [`made ${m}`, `print("${m}")`], {chatbot, textbox, additionalOutputs: code});
  // A component made outside any app shows under the chat.
  expect(shape(demo.children)).toBe(
    'chatbot "Bot" row[textbox button "Submit"] row[button "Retry" button "Undo" button "Clear"] code "Artifact"',
  );
  const s = open(demo);
  await s.set(textbox, 'x');
  await s.submit(textbox);
  expect(s.value(chatbot)).toEqual([user('x'), bot('made x')]);
  expect(s.value(code)).toBe('print("x")');
});

test('multimodal: true and type: "tuples" are build errors that say why; browser-only options are ignored with one log line', () => {
  expect(() => gr.ChatInterface((m: string) => m, {multimodal: true})).toThrow(/multimodal input .* does not fit a terminal/);
  expect(() => gr.ChatInterface((m: string) => m, {type: 'tuples'})).toThrow(/type "tuples" .* fn gets messages/);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  // Gradio 5's type: 'messages' is what termblocks does anyway: no line for it.
  gr.ChatInterface((m: string) => m, {
    type: 'messages',
    saveHistory: true,
    flaggingMode: 'manual',
    fillHeight: true,
    editable: true,
  });
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0][0])).toMatch(/gr.ChatInterface ignores saveHistory, flaggingMode, fillHeight, editable/);
});

test('concurrencyLimit, apiName and showProgress reach the listener that calls fn', () => {
  const demo = gr.ChatInterface((m: string) => m, {concurrencyLimit: 2});
  const named = gr.ChatInterface((m: string) => m, {apiName: 'talk', showProgress: 'full'});
  const reply = (app: gr.Blocks) => app.dependencies.find(d => d.outputs.length === 1 && d.outputs[0].type === 'chatbot');
  expect(reply(demo)?.options).toMatchObject({concurrencyLimit: 2, apiName: 'chat', showProgress: 'minimal'});
  expect(reply(named)?.options).toMatchObject({apiName: 'talk', showProgress: 'full'});
});

test('each session has its own conversation', async () => {
  const demo = gr.ChatInterface((m: string, history: gr.ChatMessage[]) => `${m} after ${history.length}`);
  const [alice, bob] = [open(demo), open(demo)];
  await send(alice, demo, 'one');
  await send(alice, demo, 'two');
  await send(bob, demo, 'only');
  expect(bob.value(demo.chatbot)).toEqual([user('only'), bot('only after 0')]);
  expect((alice.value(demo.chatbot) as gr.ChatMessage[]).at(-1)).toEqual(bot('two after 2'));
});

test('in a TabbedInterface it keeps its listeners; its title becomes the heading of its tab', async () => {
  const chat = gr.ChatInterface((m: string) => `re ${m}`, {title: 'Chat'});
  const other = gr.Interface((x: string) => x, 'text', 'text');
  const demo = gr.TabbedInterface([other, chat], ['Echo', 'Chat']);
  expect(demo.blocks.some(b => b.type === 'markdown' && (b as gr.Markdown).initial === '# Chat')).toBe(true);
  const s = open(demo);
  await send(s, chat, 'hey');
  expect(s.value(chat.chatbot)).toEqual([user('hey'), bot('re hey')]);
});

test('a ChatInterface created inside gr.Blocks is rendered there, under what came before it', async () => {
  let chat!: gr.ChatInterface;
  const demo = gr.Blocks({title: 'Host'}, () => {
    gr.Markdown('Ask away.');
    chat = gr.ChatInterface((m: string) => `re ${m}`);
  });
  expect(demo.children.map(b => b.type)).toEqual(['markdown', 'chatbot', 'row', 'row']);
  const s = open(demo);
  await send(s, chat, 'yo');
  expect(s.value(chat.chatbot)).toEqual([user('yo'), bot('re yo')]);
});

test('on screen the chat fills the height the rest of the app leaves, and keeps filling as it changes', async () => {
  const demo = gr.ChatInterface((m: string) => `re ${m}`, {title: 'Fill', examples: ['one', 'two']});
  const terminal = new TestTerminal(60, 24);
  mounted = mountApp(open(demo), terminal);
  await mounted.settled();
  let lines = (await terminal.screen()).split('\n');
  expect(lines).toHaveLength(24);
  expect(lines.at(-2)).toMatch(/^╰─+╯$/); // the examples' table ends just above the footer
  expect(lines[1]).toBe('Chatbot');
  terminal.type('hi\r');
  await mounted.settled();
  lines = (await terminal.screen()).split('\n');
  // The examples went; the chat took their lines: its box now ends above the message box and the buttons.
  expect(lines.findIndex(l => l.includes('Retry'))).toBe(21);
  expect(lines.slice(14, 17)).toEqual([
    expect.stringMatching(/^│ +hi │$/),
    expect.stringMatching(/^│ re hi +│$/),
    expect.stringMatching(/^╰─+╯$/),
  ]);
  terminal.resize(60, 30);
  await mounted.settled();
  lines = (await terminal.screen()).split('\n');
  expect(lines.findIndex(l => l.includes('Retry'))).toBe(27);
});

test('on screen the chat follows new messages, and once it overflows Shift+Tab reaches it to scroll back', async () => {
  const demo = gr.ChatInterface((m: string) => `re ${m}`);
  const terminal = new TestTerminal(50, 16);
  mounted = mountApp(open(demo), terminal);
  await mounted.settled();
  for (const word of ['one', 'two', 'three', 'four', 'five']) {
    terminal.type(`${word}\r`);
    await mounted.settled();
  }
  let screen = await terminal.screen();
  expect(screen).toMatch(/│ re five +│/);
  expect(screen).not.toMatch(/│ re one +│/);
  terminal.type('\u001b[Z'); // Shift+Tab, from the message box to the chat
  await mounted.settled();
  expect(await terminal.screen()).toMatch(/↑\/↓ scroll/);
  terminal.type('\u001b[H'); // Home: the first message
  await mounted.settled();
  screen = await terminal.screen();
  expect(screen).toMatch(/│ +one │\n│ re one +│/);
  expect(screen).not.toMatch(/│ re five +│/);
});
