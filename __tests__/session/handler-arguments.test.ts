import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session({id: 'session-1'});
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

test("a variadic handler receives exactly its inputs, as Gradio's def merge(*args)", async () => {
  let a!: gr.Textbox, b!: gr.Textbox, btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    a = gr.Textbox({value: 'hello'});
    b = gr.Textbox({value: 'world'});
    out = gr.Textbox();
    btn = gr.Button();
    btn.click((...args: string[]) => args.join(' '), [a, b], out);
  });
  const s = open(demo);
  await s.click(btn);
  expect(s.value(out)).toBe('hello world');
});

test("a trailing parameter with a default keeps its default, as Python's def f(task=task)", async () => {
  let name!: gr.Textbox, btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    name = gr.Textbox({value: 'Ada'});
    out = gr.Textbox();
    btn = gr.Button();
    for (const greeting of ['Hello', 'Bye']) {
      btn.click((who: string, word = greeting) => `${word}, ${who}`, name, out);
    }
    btn.click((task = 'default task') => task, null, name);
  });
  const s = open(demo);
  await s.click(btn);
  // The two closures over `greeting` each wrote their own default; the last write wins.
  expect(s.value(out)).toBe('Bye, Ada');
  expect(s.value(name)).toBe('default task');
});

test('a handler that declares one parameter more than its inputs receives the context there', async () => {
  let a!: gr.Textbox, btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    a = gr.Textbox({value: 'x'});
    out = gr.Textbox();
    btn = gr.Button();
    btn.click((value: string, context: gr.HandlerContext) => `${value} in ${context.sessionId}`, a, out);
  });
  const s = open(demo);
  await s.click(btn);
  expect(s.value(out)).toBe('x in session-1');
});

test('gr.context() gives the same context anywhere in a run: sync, after an await, in both kinds of generator', async () => {
  let btn!: gr.Button, one!: gr.Textbox, two!: gr.Textbox, three!: gr.Textbox, four!: gr.Textbox;
  const passed: gr.HandlerContext[] = [];
  const fetched: gr.HandlerContext[] = [];
  const describe = () => `${gr.context().sessionId} ${gr.context().event.type}`;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    one = gr.Textbox();
    two = gr.Textbox();
    three = gr.Textbox();
    four = gr.Textbox();
    btn.click(
      (context: gr.HandlerContext) => {
        passed.push(context);
        fetched.push(gr.context());
        return describe();
      },
      null,
      one,
    );
    btn.click(
      async () => {
        await new Promise(resolve => setTimeout(resolve, 5));
        return describe();
      },
      null,
      two,
    );
    btn.click(
      function* () {
        yield 'first';
        yield describe();
      },
      null,
      three,
    );
    btn.click(
      async function* () {
        yield 'first';
        await new Promise(resolve => setTimeout(resolve, 5));
        yield describe();
      },
      null,
      four,
    );
  });
  const s = open(demo);
  await s.click(btn);
  expect([s.value(one), s.value(two), s.value(three), s.value(four)]).toEqual([
    'session-1 click',
    'session-1 click',
    'session-1 click',
    'session-1 click',
  ]);
  expect(fetched[0]).toBe(passed[0]);
  expect(() => gr.context()).toThrow('gr.context() was called outside a handler');
});

test('gr.Interface calls fn with its inputs only, unless fn asks for the context', async () => {
  const joined = gr.Interface((...words: string[]) => words.join('+'), ['text', 'text'], 'text');
  const s = open(joined);
  const [first, second] = joined.inputComponents as [gr.Textbox, gr.Textbox];
  await s.set(first, 'a');
  await s.set(second, 'b');
  await s.click(joined.submitBtn as gr.Button);
  expect(s.value(joined.outputComponents[0] as gr.Textbox)).toBe('a+b');

  const withContext = gr.Interface((word: string, context: gr.HandlerContext) => `${word}@${context.sessionId}`, 'text', 'text');
  const t = open(withContext);
  await t.set(withContext.inputComponents[0] as gr.Textbox, 'w');
  await t.click(withContext.submitBtn as gr.Button);
  expect(t.value(withContext.outputComponents[0] as gr.Textbox)).toBe('w@session-1');
});

test('a streaming gr.Interface (with its Stop button) follows the same rule', async () => {
  const demo = gr.Interface(
    function* (word: string, times = 2) {
      for (let i = 1; i <= times; i++) yield word.repeat(i);
    },
    'text',
    'text',
  );
  const s = open(demo);
  await s.set(demo.inputComponents[0] as gr.Textbox, 'ab');
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(demo.outputComponents[0] as gr.Textbox)).toBe('abab');
});

test('gr.ChatInterface calls fn(message, history, ...additionalInputs), as Gradio; the context only when asked for', async () => {
  const seen: unknown[][] = [];
  const demo = gr.ChatInterface(
    (...args: unknown[]) => {
      seen.push(args.slice(2));
      return `${args[0]} (${args.length} arguments)`;
    },
    {additionalInputs: [gr.Textbox({value: 'extra', label: 'Extra'})]},
  );
  const s = open(demo);
  await s.set(demo.textbox, 'hi');
  await s.submit(demo.textbox);
  expect(s.value(demo.chatbot)).toEqual([
    {role: 'user', content: 'hi'},
    {role: 'assistant', content: 'hi (3 arguments)'},
  ]);
  expect(seen).toEqual([['extra']]);

  const asking = gr.ChatInterface((message: string, _history: gr.ChatMessage[], context: gr.HandlerContext) => {
    return `${message} from ${context.sessionId}`;
  });
  const t = open(asking);
  await t.set(asking.textbox, 'yo');
  await t.submit(asking.textbox);
  expect(t.value(asking.chatbot)).toEqual([
    {role: 'user', content: 'yo'},
    {role: 'assistant', content: 'yo from session-1'},
  ]);
});

test('gr.Examples with runOnClick runs fn with the row only; a defaulted parameter keeps its default', async () => {
  let examples!: gr.Examples, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    const word = gr.Textbox();
    out = gr.Textbox();
    examples = gr.Examples({
      examples: [['ab']],
      inputs: word,
      outputs: out,
      fn: (w: string, suffix = '!') => `${w.toUpperCase()}${suffix}`,
      runOnClick: true,
    });
  });
  const s = open(demo);
  await s.set(examples.dataset, 0);
  await s.click(examples.dataset);
  expect(s.value(out)).toBe('AB!');
});

test('demo.unload and demo.load follow the rule too, and gr.context() works in them', async () => {
  const said: string[] = [];
  let out!: gr.Textbox;
  const demo = gr.Blocks(app => {
    out = gr.Textbox();
    app.load((greeting = 'hi') => greeting, null, out);
  });
  demo.unload((word = 'bye') => {
    said.push(`${word} ${gr.context().event.type}`);
  });
  demo.unload((context: gr.HandlerContext) => {
    said.push(`unload of ${context.sessionId}`);
  });
  const s = demo.session({id: 'session-2'});
  await s.idle();
  expect(s.value(out)).toBe('hi');
  await s.close();
  expect(said).toEqual(['bye unload', 'unload of session-2']);
});

test("a handler's `evt: gr.SelectData` parameter reads the event's fields, as Gradio's evt.index and evt.value", async () => {
  let board!: gr.Dataframe, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    board = gr.Dataframe([['', 'X']], {interactive: false});
    out = gr.Textbox();
    board.select((_rows: unknown, evt: gr.SelectData) => `${JSON.stringify(evt.index)} ${evt.value} ${evt.selected}`, board, out);
  });
  const s = open(demo);
  await s.trigger(board, 'select', {index: [0, 1], value: 'X', selected: true});
  expect(s.notices).toEqual([]);
  expect(s.value(out)).toBe('[0,1] X true');
});
