// Gradio's gr.render demos, translated: each user's layout is rebuilt from their own values, as in Gradio.
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import renderMergeSimple from '../../examples/gradio/render_merge_simple.js';
import renderSplit from '../../examples/gradio/render_split.js';
import todoList from '../../examples/gradio/todo_list.js';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** The components a session shows, depth first, as a user reads them: kind and value. */
function shown(session: gr.Session, blocks: readonly gr.Block[] = session.children(session.app)): string[] {
  return blocks.flatMap(block => {
    if (block instanceof gr.Component) return block.hidden ? [] : [`${block.type}:${String(session.value(block))}`];
    return shown(session, session.children(block as never));
  });
}

/** The components a session shows, by kind. */
function components<T extends gr.Component>(session: gr.Session, type: string): T[] {
  const all: gr.Component[] = [];
  const visit = (blocks: readonly gr.Block[]) => {
    for (const block of blocks) {
      if (block instanceof gr.Component) all.push(block);
      else visit(session.children(block as never));
    }
  };
  visit(session.children(session.app));
  return all.filter(c => c.type === type) as T[];
}

test('render_split: nothing until the input is submitted, then one box per letter, then one button per letter', async () => {
  const s = open(renderSplit);
  await s.idle();
  const [inputText, mode] = renderSplit.components as [gr.Textbox, gr.Radio];
  expect(shown(s)).toEqual(['textbox:', 'radio:textbox']);
  await s.submit(inputText);
  expect(shown(s)).toEqual(['textbox:', 'radio:textbox', 'markdown:## No Input Provided']);
  // Its trigger is submit only: typing does not rebuild it.
  await s.set(inputText, 'abc');
  expect(shown(s)).toEqual(['textbox:abc', 'radio:textbox', 'markdown:## No Input Provided']);
  await s.submit(inputText);
  expect(shown(s)).toEqual(['textbox:abc', 'radio:textbox', 'textbox:a', 'textbox:b', 'textbox:c']);
  await s.set(mode, 'button');
  await s.submit(inputText);
  expect(shown(s)).toEqual(['textbox:abc', 'radio:button', 'button:a', 'button:b', 'button:c']);
});

test('todo_list: tasks added, marked done and deleted move between the two lists', async () => {
  const s = open(todoList);
  await s.idle();
  const newTask = components<gr.Textbox>(s, 'textbox')[0] as gr.Textbox;
  for (const name of ['Buy milk', 'Walk the dog', 'Call mum']) {
    await s.set(newTask, name);
    await s.submit(newTask);
  }
  expect(s.value(newTask)).toBe('');
  expect(shown(s).filter(line => line.startsWith('markdown'))).toEqual([
    'markdown:### Incomplete Tasks (3)',
    'markdown:### Complete Tasks (0)',
  ]);
  const done = () => components<gr.Button>(s, 'button').filter(b => s.value(b) === 'Done');
  const remove = () => components<gr.Button>(s, 'button').filter(b => s.value(b) === 'Delete');
  await s.click(done()[0] as gr.Button);
  await s.click(remove()[1] as gr.Button);
  expect(shown(s)).toEqual([
    'textbox:',
    'markdown:### Incomplete Tasks (1)',
    'textbox:Walk the dog',
    'button:Done',
    'button:Delete',
    'markdown:### Complete Tasks (1)',
    'textbox:Buy milk',
  ]);
});

test("render_merge_simple: keyed boxes keep what was typed when a box is added, and Merge joins the latest run's boxes", async () => {
  const s = open(renderMergeSimple);
  await s.idle();
  const [addBtn, mergeBtn] = components<gr.Button>(s, 'button') as [gr.Button, gr.Button];
  const boxes = () => components<gr.Textbox>(s, 'textbox').filter(b => String(b.props.label).startsWith('Box'));
  expect(boxes().map(b => b.props.label)).toEqual(['Box 0']);
  await s.set(boxes()[0] as gr.Textbox, 'hello');
  await s.click(addBtn);
  await s.click(addBtn);
  expect(boxes().map(b => [b.props.label, s.value(b)])).toEqual([
    ['Box 0', 'hello'],
    ['Box 1', ''],
    ['Box 2', ''],
  ]);
  await s.set(boxes()[2] as gr.Textbox, 'world');
  await s.click(mergeBtn);
  const output = components<gr.Textbox>(s, 'textbox').at(-1) as gr.Textbox;
  // One listener: each earlier run's merge listener left with its boxes.
  expect(s.value(output)).toBe('hello  world');
});

test('render_merge_simple: two sessions, two layouts', async () => {
  const a = open(renderMergeSimple);
  const b = open(renderMergeSimple);
  await Promise.all([a.idle(), b.idle()]);
  const [addA] = components<gr.Button>(a, 'button') as [gr.Button];
  await a.click(addA);
  await a.click(addA);
  expect(components(a, 'textbox')).toHaveLength(4);
  expect(components(b, 'textbox')).toHaveLength(2);
  const boxOfA = components<gr.Textbox>(a, 'textbox')[0] as gr.Textbox;
  expect(() => b.value(boxOfA)).toThrow(/does not show/);
});
