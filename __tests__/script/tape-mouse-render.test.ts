// The mouse inside `gr.render` output: a render's blocks are this session's, not the app's, so
// hit-testing and a tape's `Click "text"` find them through the session's tree.
import {fileURLToPath} from 'node:url';
import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {runTape} from '../../source/script/run-tape.js';
import {mountApp} from '../../source/terminal/mount.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/gradio/${name}`, import.meta.url));

async function play(name: string, tape: string) {
  const app = (await import(example(`${name}.ts`))).default as gr.Blocks;
  return runTape({tape, tapeFile: example('inline.tape'), app, mount: mountApp, fast: true, writeFiles: false});
}

test('render_merge_simple: clicking a rendered box focuses it, and its text goes there; Merge joins the boxes', async () => {
  const result = await play(
    'render_merge_simple',
    [
      'Set Columns 60',
      'Set Rows 40',
      'Click "Add Box"',
      'Expect "Box 1"',
      'Click "Box 1"',
      'Type "world"',
      'Click "Box 0"',
      'Type "hello"',
      'Click "Merge"',
      'Expect "hello world"',
    ].join('\n'),
  );
  if (result.failure) throw new Error(result.failure.message);
  expect(result.ok).toBe(true);
});

test("todo_list: clicking a rendered task's Done button presses it, and the task moves to Complete", async () => {
  const result = await play(
    'todo_list',
    [
      'Set Columns 60',
      'Set Rows 30',
      'Type "milk"',
      'Enter',
      'Expect "Incomplete Tasks (1)"',
      'Click "Done"',
      'Expect "Complete Tasks (1)"',
      'Expect "Incomplete Tasks (0)"',
    ].join('\n'),
  );
  if (result.failure) throw new Error(result.failure.message);
  expect(result.ok).toBe(true);
});

test('a rendered box named as the tab it sits in is the one Click means once the tab bar has scrolled away', async () => {
  // The Tab's name is drawn only in the bar; below it, only the rendered box shows "Notes". The tab holds
  // the box through the render's placeholder, which only the session's tree knows.
  const app = gr.Blocks({title: 'Notes'}, () => {
    gr.Tabs(() => {
      gr.Tab('Notes', () => {
        gr.render(() => {
          for (const name of ['Box 0', 'Box 1', 'Box 2', 'Notes']) gr.Textbox({label: name});
        });
      });
    });
  });
  const tape = ['Set Columns 40', 'Set Rows 14', 'Scroll Down 3', 'Click "Notes"', 'Type "hi"', 'Expect "hi"'].join('\n');
  const result = await runTape({tape, tapeFile: example('inline.tape'), app, mount: mountApp, fast: true, writeFiles: false});
  if (result.failure) throw new Error(result.failure.message);
  expect(result.ok).toBe(true);
});
