// An editable Textbox with `lines` is as Gradio's: at least `lines` rows high, growing
// as its text wraps up to `maxLines` rows, then showing the lines around the cursor.
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  await mounted?.session.close();
  mounted = undefined;
});

async function open(props: Record<string, unknown>, columns = 40) {
  let notes!: gr.Textbox, grow!: gr.Button;
  const demo = gr.Blocks({title: 'Notes'}, () => {
    notes = gr.Textbox({label: 'Notes', interactive: true, ...props});
    grow = gr.Button('Taller');
    grow.click(() => gr.update({lines: 5}), undefined, notes);
  });
  const terminal = new TestTerminal(columns, 40);
  mounted = mountApp(demo.session(), terminal);
  await mounted.settled();
  return {terminal, notes, grow};
}

async function type(terminal: TestTerminal, ...keys: string[]) {
  for (const key of keys) {
    terminal.type(key);
    await mounted?.settled();
  }
}

/** The rows inside the Notes box's border, trimmed of the border and padding. */
async function boxRows(terminal: TestTerminal): Promise<string[]> {
  const lines = (await terminal.screen()).split('\n');
  const label = lines.findIndex(line => line.startsWith('Notes'));
  const top = lines.findIndex((line, i) => i > label && line.startsWith('╭'));
  const bottom = lines.findIndex((line, i) => i > top && line.startsWith('╰'));
  return lines.slice(top + 1, bottom).map(line => line.slice(2, -2).trimEnd());
}

test('an empty box is `lines` rows high, and a one-line box stays one row', async () => {
  const {terminal} = await open({lines: 3});
  expect(await boxRows(terminal)).toHaveLength(3);
  await mounted?.unmount();
  const single = await open({});
  expect(await boxRows(single.terminal)).toHaveLength(1);
});

test('text shorter than the box starts on its first row, as in Gradio, focused or not', async () => {
  const {terminal} = await open({lines: 3, value: 'hello'});
  // Focused at start (the cursor after the text), then not once Tab moves on.
  expect(await boxRows(terminal)).toEqual(['hello', '', '']);
  await type(terminal, '\t');
  expect(await boxRows(terminal)).toEqual(['hello', '', '']);
});

test('the box grows with its text up to maxLines, then keeps the cursor’s line in view', async () => {
  const {terminal} = await open({lines: 2, maxLines: 4});
  await type(terminal, 'one', '\r', 'two', '\r', 'three');
  expect(await boxRows(terminal)).toEqual(['one', 'two', 'three']);
  await type(terminal, '\r', 'four', '\r', 'five');
  // Five lines in a box of at most four: the newest four, the cursor after "five".
  expect(await boxRows(terminal)).toEqual(['two', 'three', 'four', 'five']);
  await type(terminal, '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A');
  expect(await boxRows(terminal)).toEqual(['one', 'two', 'three', 'four']);
});

test('a long line wraps onto more rows, and the box grows to hold them', async () => {
  const {terminal} = await open({lines: 2, maxLines: 6}, 30);
  // 26 cells inside the border: 60 characters wrap onto 3 rows.
  await type(terminal, 'x'.repeat(60));
  const rows = await boxRows(terminal);
  expect(rows).toHaveLength(3);
  expect(rows.join('').replace(/ /g, '')).toBe('x'.repeat(60));
});

test('gr.update({lines}) makes the box taller', async () => {
  const {terminal} = await open({lines: 2});
  expect(await boxRows(terminal)).toHaveLength(2);
  await type(terminal, '\t', '\r');
  expect(await boxRows(terminal)).toHaveLength(5);
});

test('a read-only box with lines is that many rows high however short its text, as Gradio draws an output', async () => {
  let out!: gr.Textbox;
  const demo = gr.Blocks({title: 'Notes'}, () => {
    out = gr.Textbox({label: 'Notes', lines: 4, value: 'one line'});
  });
  const terminal = new TestTerminal(40, 20);
  mounted = mountApp(demo.session(), terminal);
  await mounted.settled();
  expect(mounted.session.props(out).interactive).toBeFalsy();
  expect(await boxRows(terminal)).toEqual(['one line', '', '', '']);
});
