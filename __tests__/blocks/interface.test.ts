import {afterEach, expect, jest, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {Block} from '../../source/blocks/Block.js';
import {parameterNames} from '../../source/blocks/function-parameters.js';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  jest.restoreAllMocks();
});

/** The layout as kinds and labels, e.g. `row[column[column[textbox "name"] row[button "Clear"]]]`. */
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

test("hello_world: components made outside any app, labelled after the function's parameters, as Gradio", async () => {
  function greet(name: string, intensity: number) {
    return `Hello, ${name}${'!'.repeat(intensity)}`;
  }
  const demo = gr.Interface(greet, [gr.Textbox(), gr.Slider({minimum: 1, maximum: 10, value: 2})], 'text');
  const [name, intensity] = demo.inputComponents as [gr.Textbox, gr.Slider];
  const [output] = demo.outputComponents as [gr.Textbox];
  expect([name.props.label, intensity.props.label, output.props.label]).toEqual(['name', 'intensity', 'output']);
  const s = open(demo);
  await s.set(name, 'Ada');
  await s.set(intensity, 3);
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(output)).toBe('Hello, Ada!!!');
  // Enter in a one-line input box submits, as in Gradio's Interface.
  await s.set(intensity, 1);
  await s.submit(name);
  expect(s.value(output)).toBe('Hello, Ada!');
});

test("Gradio's layout: the inputs in a column with Clear and Submit under them, the outputs in a column beside it", () => {
  const demo = gr.Interface({
    fn: (a: string) => a,
    inputs: gr.Textbox({label: 'In'}),
    outputs: gr.Textbox({label: 'Out'}),
    title: 'Echo',
    description: 'Says it back.',
    article: 'The end.',
  });
  expect(demo.title).toBe('Echo');
  expect(shape(demo.children)).toBe(
    'markdown row[column[column[textbox "In"] row[button "Clear" button "Submit"]] column[textbox "Out"]] markdown',
  );
  expect(demo.children.map(b => (b.type === 'markdown' ? (b as gr.Markdown).initial : b.type))).toEqual([
    'Says it back.',
    'row',
    'The end.',
  ]);
  expect((demo.submitBtn as gr.Button).props.variant).toBe('primary');
  expect(demo.outputComponents[0].interactive).toBe(false);
  expect(demo.inputComponents[0].interactive).toBe(true);
});

test('both call shapes build the same app; the fourth positional argument is examples, as in Gradio', () => {
  const fn = (x: number) => x * 2;
  const positional = gr.Interface(fn, 'number', 'number', [[1], [2]]);
  const named = gr.Interface({fn, inputs: 'number', outputs: 'number', examples: [[1], [2]]});
  expect(JSON.stringify(positional.config())).toBe(JSON.stringify(named.config()));
  expect(positional.examplesHandler?.examples).toEqual([[1], [2]]);
  expect(positional).toBeInstanceOf(gr.Interface);
});

test('every shortcut string makes its component; an unknown one is a build error listing the known ones', () => {
  const names = [
    'text',
    'textbox',
    'number',
    'slider',
    'checkbox',
    'checkboxgroup',
    'radio',
    'dropdown',
    'json',
    'label',
    'markdown',
    'code',
    'dataframe',
    'chatbot',
  ];
  const demo = gr.Interface(() => null, names.slice(0, 8), names.slice(8));
  expect([...demo.inputComponents, ...demo.outputComponents].map(c => c.type)).toEqual([
    'textbox',
    'textbox',
    'number',
    'slider',
    'checkbox',
    'checkboxgroup',
    'radio',
    'dropdown',
    'json',
    'label',
    'markdown',
    'code',
    'dataframe',
    'chatbot',
  ]);
  expect(() => gr.Interface(() => null, 'image', 'text')).toThrow(
    '"image" is not a component shortcut; the known ones are: text, textbox, textarea, number, slider, checkbox, checkboxgroup, radio, dropdown, json, label, markdown, code, dataframe, chatbot, state',
  );
  expect(() => gr.Interface(() => null, 'image', 'text')).toThrow(gr.BuildError);
});

test("'state' in inputs and outputs is one session State, starting from the parameter's default in every session", async () => {
  function store(message: string, history: string[] = []) {
    history.push(message);
    return [history.join(' / '), history];
  }
  const demo = gr.Interface(store, ['text', 'state'], ['text', 'state']);
  const [message, state] = demo.inputComponents;
  expect(state).toBeInstanceOf(gr.State);
  expect(demo.outputComponents[1]).toBe(state);
  expect(demo.components.filter(c => c instanceof gr.State)).toHaveLength(1);
  const [log] = demo.outputComponents;
  const alice = open(demo);
  const bob = open(demo);
  await alice.set(message, 'hi');
  await alice.click(demo.submitBtn as gr.Button);
  await alice.set(message, 'again');
  await alice.click(demo.submitBtn as gr.Button);
  await bob.set(message, 'bob');
  await bob.click(demo.submitBtn as gr.Button);
  expect(alice.value(log)).toBe('hi / again');
  expect(alice.value(state)).toEqual(['hi', 'again']);
  expect(bob.value(log)).toBe('bob');
});

test('a gr.State given in both lists is that State; two state inputs are an error, as in Gradio', async () => {
  const count = gr.State(10);
  const demo = gr.Interface((step: number, total: number) => [total + step, total + step], ['number', count], ['number', count]);
  expect(demo.inputComponents[1]).toBe(count);
  const s = open(demo);
  await s.set(demo.inputComponents[0], 5);
  await s.click(demo.submitBtn as gr.Button);
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(count)).toBe(20);
  expect(() => gr.Interface(() => null, ['state', 'state'], ['state'])).toThrow(
    "when using 'state', there must be exactly one state input and one state output",
  );
});

test('a module-level variable in fn is shared by every session, as the guide says', async () => {
  const scores: number[] = [];
  const demo = gr.Interface(
    (score: number) => {
      scores.push(score);
      return [...scores].sort((a, b) => b - a).slice(0, 3);
    },
    gr.Number(),
    'json',
  );
  const [a, b] = [open(demo), open(demo)];
  await a.set(demo.inputComponents[0], 3);
  await a.click(demo.submitBtn as gr.Button);
  await b.set(demo.inputComponents[0], 7);
  await b.click(demo.submitBtn as gr.Button);
  expect(b.value(demo.outputComponents[0])).toEqual([7, 3]);
});

test('unlabelled outputs are "output 0", "output 1", ...; given labels stay', () => {
  const demo = gr.Interface((a: string) => [a, a], gr.Textbox({label: 'Mine'}), ['text', 'text']);
  expect(demo.inputComponents[0].props.label).toBe('Mine');
  expect(demo.outputComponents.map(c => c.props.label)).toEqual(['output 0', 'output 1']);
});

test('live: every change of an input re-runs fn and there is no Submit button', async () => {
  const demo = gr.Interface({
    fn: (a: number, b: number) => (a ?? 0) + (b ?? 0),
    inputs: ['number', 'number'],
    outputs: 'number',
    live: true,
  });
  expect(demo.submitBtn).toBeUndefined();
  expect(demo.components.filter(c => c.type === 'button').map(c => c.initial)).toEqual(['Clear']);
  const [a, b] = demo.inputComponents;
  const s = open(demo);
  await s.set(a, 2);
  expect(s.value(demo.outputComponents[0])).toBe(2);
  await s.set(b, 5);
  expect(s.value(demo.outputComponents[0])).toBe(7);
});

test('Clear empties every input and output and gives the State its default back', async () => {
  const demo = gr.Interface(
    (text: string, on: boolean, history: string[]) => [`${text}:${on}`, [...(history ?? []), text]],
    [gr.Textbox({value: 'start'}), 'checkbox', 'state'],
    ['text', 'state'],
  );
  const [text, on, state] = demo.inputComponents;
  const s = open(demo);
  await s.set(on, true);
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(demo.outputComponents[0])).toBe('start:true');
  expect(s.value(state)).toEqual(['start']);
  await s.click(demo.clearBtn as gr.Button);
  expect([s.value(text), s.value(on), s.value(demo.outputComponents[0]), s.value(state)]).toEqual(['', false, '', undefined]);
  expect(gr.Interface(() => 1, 'text', 'text', {clearBtn: null}).clearBtn).toBeUndefined();
});

test('submitBtn and clearBtn relabel the buttons', () => {
  const demo = gr.Interface(() => 1, 'text', 'text', {submitBtn: 'Go', clearBtn: 'Reset'});
  expect([demo.submitBtn?.initial, demo.clearBtn?.initial]).toEqual(['Go', 'Reset']);
});

test('a generator streams; Stop shows while it runs, cancels it and leaves what it yielded', async () => {
  let release!: () => void;
  const gate = new Promise<void>(resolve => {
    release = resolve;
  });
  let cleanedUp = false;
  async function* count(upTo: number) {
    try {
      yield '1';
      await gate;
      for (let i = 2; i <= upTo; i++) yield String(i);
    } finally {
      cleanedUp = true;
    }
  }
  const demo = gr.Interface(count, 'number', 'text', {stopBtn: 'Halt'});
  const stop = demo.stopBtn as gr.Button;
  expect(stop.initial).toBe('Halt');
  const s = open(demo);
  expect(s.props(stop).visible).toBe(false);
  await s.set(demo.inputComponents[0], 5);
  const running = s.click(demo.submitBtn as gr.Button);
  await new Promise(resolve => setTimeout(resolve, 20));
  expect(s.value(demo.outputComponents[0])).toBe('1');
  expect([s.props(demo.submitBtn as gr.Button).visible, s.props(stop).visible]).toEqual([false, true]);
  await s.click(stop);
  release();
  await running;
  await s.idle();
  expect(s.value(demo.outputComponents[0])).toBe('1');
  expect([s.props(demo.submitBtn as gr.Button).visible, s.props(stop).visible]).toEqual([true, false]);
  expect(cleanedUp).toBe(true);
  // Without Stop, the same run streams to its end.
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(demo.outputComponents[0])).toBe('5');
});

test("Gradio's flagging and browser options are accepted and ignored with one line in the log; theme is not among them", () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  const demo = gr.Interface(() => 1, 'text', 'text', {
    title: 'Flags',
    flaggingMode: 'manual',
    flaggingOptions: ['a'],
    allowFlagging: 'never',
    css: '.gradio-container {}',
    theme: 'soft',
  });
  expect(warn.mock.calls).toEqual([
    [
      'termblocks: gr.Interface "Flags" ignores flaggingMode, flaggingOptions, allowFlagging, css: flagging, example caching and browser options do not apply in a terminal',
    ],
  ]);
  expect(demo.components.filter(c => c.type === 'button').map(c => c.initial)).toEqual(['Clear', 'Submit']);
});

test('concurrencyLimit and apiName reach the listener that runs fn', () => {
  const demo = gr.Interface(
    function predict(x: string) {
      return x;
    },
    'text',
    'text',
    {concurrencyLimit: 2},
  );
  const named = gr.Interface((x: string) => x, 'text', 'text', {apiName: 'echo'});
  const run = (app: gr.Blocks) => app.config().dependencies.find(d => d.api_name !== 'clear');
  expect(run(demo)).toMatchObject({api_name: 'predict', concurrency_limit: 2});
  expect(run(named)).toMatchObject({api_name: 'echo'});
});

test('an output-only Interface has Clear and Generate under its outputs', async () => {
  const demo = gr.Interface(() => 'made', null, 'text');
  expect(shape(demo.children)).toBe('row[column[textbox "output" row[button "Clear" button "Generate"]]]');
  const s = open(demo);
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(demo.outputComponents[0])).toBe('made');
});

test('additional inputs sit in a closed Accordion and reach fn after the main ones', async () => {
  const demo = gr.Interface((text: string, times: number) => text.repeat(times), 'text', 'text', {
    additionalInputs: [gr.Slider({minimum: 1, maximum: 3, value: 2})],
  });
  expect(shape(demo.children)).toContain('accordion "Additional Inputs"[slider "times"]');
  const s = open(demo);
  await s.set(demo.inputComponents[0], 'ab');
  await s.click(demo.submitBtn as gr.Button);
  expect(s.value(demo.outputComponents[0])).toBe('abab');
});

test('an Interface created inside gr.Blocks is rendered there, as in Gradio', async () => {
  let inner!: gr.Interface;
  const demo = gr.Blocks({title: 'Outer'}, () => {
    gr.Markdown('above');
    inner = gr.Interface((x: string) => x.toUpperCase(), 'text', 'text');
  });
  expect(shape(demo.children)).toMatch(/^markdown row\[column\[column\[textbox "x"\]/);
  const s = open(demo);
  await s.set(inner.inputComponents[0], 'up');
  await s.click(inner.submitBtn as gr.Button);
  expect(s.value(inner.outputComponents[0])).toBe('UP');
});

test('a component made outside any app waits unrendered; .render() places it, and placing it twice is an error', async () => {
  const box = gr.Textbox({label: 'Later'});
  expect(box.owner).toBeUndefined();
  expect(box.describe()).toBe('Textbox "Later"');
  expect(gr.Button().describe()).toBe('Button (unrendered)');
  const btn = gr.Button('Go');
  const demo = gr.Blocks(() => {
    // A listener may name it before it is placed, as Gradio allows with render=False.
    btn.click((x: string) => `${x}!`, box, box);
    gr.Row(() => box.render());
    btn.render();
  });
  expect(demo.components).toEqual([box, btn]);
  expect(box.parent).toBe(demo.children[0]);
  const s = open(demo);
  await s.set(box, 'hi');
  await s.click(btn);
  expect(s.value(box)).toBe('hi!');
  expect(() => gr.Blocks(() => box.render())).toThrow('Textbox "Later" is already rendered in app "termblocks"');
});

test('an unrendered component used in a listener of an app it was never placed in is an error that says so', () => {
  const stray = gr.Textbox({label: 'Stray'});
  expect(() =>
    gr.Blocks({title: 'Here'}, () => {
      gr.Button('Go').click(() => 'x', null, stray);
    }),
  ).toThrow(
    'Textbox "Stray" is used by listener "<anonymous> on Button #1.click" of app "Here" but was never rendered in it: create it inside this gr.Blocks, or call .render() on it there',
  );
  expect(() => stray.change(() => {})).toThrow('listeners must be attached inside gr.Blocks');
  expect(() => open(gr.Blocks(() => {})).value(stray)).toThrow(
    'Textbox "Stray" was created outside any gr.Blocks and never rendered',
  );
});

test('parameter names are read from any kind of function, as Gradio reads a signature', () => {
  expect(
    parameterNames(function f(a: string, b = 'x, y', c = [1, 2]) {
      return [a, b, c];
    }),
  ).toEqual(['a', 'b', 'c']);
  expect(parameterNames((first: string, /* note */ second: number) => first + second)).toEqual(['first', 'second']);
  expect(parameterNames(async (text: string) => text)).toEqual(['text']);
  expect(
    parameterNames(async function* stream(prompt: string, n = 3) {
      yield prompt + n;
    }),
  ).toEqual(['prompt', 'n']);
  expect(parameterNames(({a}: {a: number}, b: number) => a + b)).toEqual([undefined, 'b']);
  expect(parameterNames((a: number, ...rest: number[]) => a + rest.length)).toEqual(['a']);
  expect(parameterNames(Math.max)).toEqual([]);
  // A bare parameter without parentheses, which the formatter would otherwise wrap.
  expect(parameterNames(new Function('return x => x')())).toEqual(['x']);
});

test('gr.TabbedInterface shows each Interface or Blocks app in a tab, each keeping its listeners and State', async () => {
  const hello = gr.Interface((name: string) => `Hello ${name}`, 'text', 'text', {title: 'Greeter'});
  let count!: gr.State<number>;
  let button!: gr.Button;
  let shown!: gr.Number;
  const counter = gr.Blocks(() => {
    count = gr.State(0);
    button = gr.Button('Count');
    shown = gr.Number();
    button.click((n: number) => [n + 1, n + 1], count, [count, shown]);
  });
  const demo = gr.TabbedInterface([hello, counter]);
  const [tabs] = demo.children as [gr.Tabs];
  // Gradio's default names count from 0; an Interface's title becomes the heading of its tab.
  expect(shape(demo.children)).toMatch(
    /^tabs\[tabitem "Tab 0"\[markdown row\[.*\]\] tabitem "Tab 1"\[state button "Count" number\]\]$/,
  );
  expect((tabs.children[0] as gr.Tab).children[0]).toMatchObject({initial: '# Greeter'});
  expect(new Set(demo.blocks.map(b => b.id)).size).toBe(demo.blocks.length);
  const [a, b] = [open(demo), open(demo)];
  await a.set(hello.inputComponents[0], 'Ada');
  await a.click(hello.submitBtn as gr.Button);
  await a.click(button);
  await a.click(button);
  await b.click(button);
  expect([a.value(hello.outputComponents[0]), a.value(shown), b.value(shown)]).toEqual(['Hello Ada', 2, 1]);
  expect(() => gr.TabbedInterface([hello])).toThrow('app "Greeter" is already rendered in app "termblocks"');
  expect(() => gr.TabbedInterface([gr.Interface(() => 1, 'text', 'text')], ['A', 'B'])).toThrow('1 apps but 2 tab names');
});
