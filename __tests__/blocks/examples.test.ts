import {afterEach, expect, jest, test} from '@jest/globals';
import * as gr from 'termblocks';

const sessions: gr.Session[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  jest.restoreAllMocks();
});

function app(build: () => gr.Examples) {
  let examples!: gr.Examples;
  const demo = gr.Blocks(() => {
    examples = build();
  });
  const session = demo.session();
  sessions.push(session);
  return {demo, examples, session};
}

async function choose(session: gr.Session, examples: gr.Examples, index: number) {
  await session.set(examples.dataset, index);
  await session.click(examples.dataset);
}

test('both call shapes show the rows on a gr.Dataset; choosing a row fills the inputs with its values', async () => {
  let a!: gr.Textbox;
  let b!: gr.Slider;
  const {demo, examples, session} = app(() => {
    a = gr.Textbox({label: 'A'});
    b = gr.Slider({label: 'B', maximum: 10});
    return gr.Examples(
      [
        ['x', 1],
        ['y', 2],
      ],
      [a, b],
    );
  });
  expect(examples.dataset).toBeInstanceOf(gr.Dataset);
  expect(demo.components.at(-1)).toBe(examples.dataset);
  expect(examples.dataset.props).toMatchObject({
    label: 'Examples',
    headers: ['A', 'B'],
    samples: [
      ['x', 1],
      ['y', 2],
    ],
    components: ['textbox', 'slider'],
  });
  await choose(session, examples, 1);
  expect([session.value(a), session.value(b)]).toEqual(['y', 2]);
  const named = app(() => gr.Examples({examples: ['only'], inputs: gr.Textbox(), label: 'Try'}));
  expect(named.examples.examples).toEqual([['only']]);
  expect(named.examples.dataset.props.label).toBe('Try');
});

test('with fn and runOnClick, choosing a row also runs fn into the outputs', async () => {
  let out!: gr.Textbox;
  const {examples, session} = app(() => {
    const word = gr.Textbox();
    out = gr.Textbox();
    return gr.Examples({
      examples: [['ab'], ['cd']],
      inputs: word,
      outputs: out,
      fn: (w: string) => w.toUpperCase(),
      runOnClick: true,
    });
  });
  await choose(session, examples, 1);
  expect(session.value(out)).toBe('CD');
  expect(() => app(() => gr.Examples({examples: [['a']], inputs: gr.Textbox(), runOnClick: true}))).toThrow(
    'gr.Examples: runOnClick needs the function to run: give fn',
  );
});

test('without runOnClick, choosing a row only fills the inputs', async () => {
  let ran = false;
  let out!: gr.Textbox;
  const {examples, session} = app(() => {
    out = gr.Textbox();
    return gr.Examples({
      examples: [['a']],
      inputs: gr.Textbox(),
      outputs: out,
      fn: () => {
        ran = true;
        return 'ran';
      },
    });
  });
  await choose(session, examples, 0);
  expect([ran, session.value(out)]).toEqual([false, '']);
});

test('a row with the wrong number of values is a build error naming the row', () => {
  expect(() =>
    app(() =>
      gr.Examples(
        [
          [1, 2],
          [3, 4, 5],
        ],
        [gr.Number({label: 'x'}), gr.Number({label: 'y'})],
      ),
    ),
  ).toThrow('gr.Examples: row 2 ([3,4,5]) has 3 values, but there are 2 inputs (Number "x", Number "y")');
});

test("a value not among its input's choices, or not a number for a number, is a build error naming the row", () => {
  const radio = () => gr.Radio({label: 'Op', choices: ['add', 'subtract']});
  expect(() => app(() => gr.Examples([['add'], ['divide']], [radio()]))).toThrow(
    'gr.Examples: row 2 (["divide"]): "divide" does not fit Radio "Op": "divide" is not among its choices ("add", "subtract")',
  );
  expect(() => app(() => gr.Examples([[['a', 'z']]], [gr.CheckboxGroup({label: 'Set', choices: ['a', 'b']})]))).toThrow(
    'row 1 ([["a","z"]]): ["a","z"] does not fit CheckboxGroup "Set": "z" is not among its choices',
  );
  expect(() => app(() => gr.Examples([['many']], [gr.Number({label: 'n'})]))).toThrow(
    'gr.Examples: row 1 (["many"]): "many" does not fit Number "n": it is not a number',
  );
  expect(() => app(() => gr.Examples([[50]], [gr.Slider({label: 's', maximum: 10})]))).toThrow('it is outside 0..10');
  // A Dropdown that accepts custom values takes any.
  expect(() => app(() => gr.Examples([['other']], [gr.Dropdown({choices: ['a'], allowCustomValue: true})]))).not.toThrow();
});

test('an input no row gives a value is left out of the table, as in Gradio', async () => {
  let a!: gr.Textbox;
  let b!: gr.Textbox;
  const {examples, session} = app(() => {
    a = gr.Textbox({label: 'A', value: 'keep'});
    b = gr.Textbox({label: 'B'});
    return gr.Examples([[null, 'one']], [a, b]);
  });
  expect(examples.dataset.props).toMatchObject({headers: ['B'], samples: [['one']]});
  await choose(session, examples, 0);
  expect([session.value(a), session.value(b)]).toEqual(['keep', 'one']);
});

test('examplesPerPage and exampleLabels reach the table; caching options are accepted and ignored with one log line', () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  const {examples} = app(() =>
    gr.Examples({
      examples: [['a'], ['b']],
      inputs: gr.Textbox(),
      examplesPerPage: 1,
      exampleLabels: ['first', 'second'],
      cacheExamples: true,
    }),
  );
  expect(examples.dataset.props).toMatchObject({samplesPerPage: 1, sampleLabels: ['first', 'second']});
  expect(warn.mock.calls).toEqual([
    ['termblocks: gr.Examples ignores cacheExamples: flagging, example caching and browser options do not apply in a terminal'],
  ]);
});

test('gr.Examples outside gr.Blocks is an error that says where it goes', () => {
  expect(() => gr.Examples([['a']], gr.Textbox())).toThrow('gr.Examples must be created inside gr.Blocks(() => { ... })');
});

test("a Dataset's handler gets the row's values, its index or both, by type", async () => {
  const got: unknown[] = [];
  let datasets!: gr.Dataset[];
  const demo = gr.Blocks(() => {
    datasets = (['values', 'index', 'tuple'] as const).map(type =>
      gr.Dataset({components: ['textbox'], samples: [['a'], ['b']], type}),
    );
    for (const dataset of datasets) dataset.click((v: unknown) => void got.push(v), dataset);
  });
  const session = demo.session();
  sessions.push(session);
  for (const dataset of datasets) {
    await session.set(dataset, 1);
    await session.click(dataset);
  }
  expect(got).toEqual([['b'], 1, [1, ['b']]]);
});
