// A click in a Textbox of several lines puts the cursor on the character drawn at that cell:
// the rows its lines wrap onto and the window of whole lines the box shows are counted.
import {afterEach, expect, test} from '@jest/globals';
import stringWidth from 'string-width';
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

/** The SGR press and release a terminal sends for a left click at 0-based cell (x, y). */
const click = (x: number, y: number) => `\u001b[<0;${x + 1};${y + 1}M\u001b[<0;${x + 1};${y + 1}m`;

async function open(props: Record<string, unknown>, columns = 30) {
  let notes!: gr.Textbox;
  const app = gr.Blocks({title: 'Notes'}, () => {
    gr.Textbox({label: 'Title'});
    notes = gr.Textbox({label: 'Notes', interactive: true, ...props});
  });
  const terminal = new TestTerminal(columns, 30);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  const send = async (...keys: string[]) => {
    for (const key of keys) {
      terminal.type(key);
      await mounted?.settled();
    }
  };
  /** The 0-based cell where `text` is drawn inside the Notes box. */
  const cellOf = async (text: string) => {
    const lines = (await terminal.screen()).split('\n');
    const top = lines.findIndex(line => line.startsWith('Notes'));
    const y = lines.findIndex((line, i) => i > top && line.includes(text));
    if (y < 0) throw new Error(`"${text}" is not in the box:\n${lines.join('\n')}`);
    return {x: lines[y].indexOf(text), y};
  };
  const value = () => mounted?.session.value(notes);
  return {terminal, send, cellOf, value};
}

test('a click on a word of the second line of a box not yet focused puts the cursor there', async () => {
  const screen = await open({lines: 3, value: 'alpha\nbravo charlie\ndelta'});
  const at = await screen.cellOf('charlie');
  await screen.send(click(at.x + 2, at.y), 'X');
  expect(screen.value()).toBe('alpha\nbravo chXarlie\ndelta');
});

test('a line that wraps onto several rows: a click on its second row lands in the wrapped part', async () => {
  // 26 cells inside the border: the line breaks before "twentysix".
  const line = 'one two three four five six twentysix end';
  const screen = await open({lines: 2, value: `${line}\nlast`});
  const at = await screen.cellOf('twentysix');
  await screen.send(click(at.x + 6, at.y), 'X');
  expect(screen.value()).toBe('one two three four five six twentyXsix end\nlast');
  // And once editing, a click on the first row moves the cursor back up.
  const first = await screen.cellOf('three');
  await screen.send(click(first.x, first.y), 'Y');
  expect(screen.value()).toBe('one two Ythree four five six twentyXsix end\nlast');
});

test('in a box showing a window of its lines, the clicked row is the line shown there, not the text’s first', async () => {
  const text = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'].join('\n');
  const screen = await open({lines: 2, maxLines: 3, value: text});
  // Not being edited, the box shows its last three lines.
  const at = await screen.cellOf('l4');
  await screen.send(click(at.x + 1, at.y), 'X');
  expect(screen.value()).toBe('l1\nl2\nl3\nlX4\nl5\nl6');
  // Editing now with the cursor on l4, the box shows l2..l4: a click on its top row is on l2.
  const top = await screen.cellOf('l2');
  await screen.send(click(top.x, top.y), 'Y');
  expect(screen.value()).toBe('l1\nYl2\nl3\nlX4\nl5\nl6');
});

test('a click past the end of a line puts the cursor at that line’s end', async () => {
  const screen = await open({lines: 3, value: 'ab\ncdef\ng'});
  const at = await screen.cellOf('ab');
  await screen.send(click(at.x + 10, at.y), 'X');
  expect(screen.value()).toBe('abX\ncdef\ng');
});

test('wide characters take two cells and a tab four: a click on either cell lands on that character', async () => {
  const screen = await open({lines: 2, value: '日本語\tです\nok'});
  const at = await screen.cellOf('語');
  // The screen's text has one character for a wide cell pair: "│ 日本語" puts 語 at cell 2 + 2 + 2.
  const column = stringWidth((await screen.terminal.screen()).split('\n')[at.y].slice(0, at.x));
  await screen.send(click(column + 1, at.y), 'X');
  expect(screen.value()).toBe('日本X語\tです\nok');
  await screen.send(click(column + 2 + 3, at.y), 'Y');
  expect(screen.value()).toBe('日本X語Y\tです\nok');
});

test('a line longer than the whole box shows its rows up to the cursor; a click on the top one lands there', async () => {
  const long = Array.from({length: 40}, (_, i) => `w${i}`).join(' ');
  const screen = await open({lines: 2, maxLines: 3, value: long});
  const rows = (await screen.terminal.screen()).split('\n');
  const top = rows.findIndex(line => line.startsWith('Notes')) + 2;
  const firstWord = rows[top].slice(2).trim().split(' ')[0];
  expect(long.startsWith(firstWord)).toBe(false); // the start of the line is out of view
  await screen.send(click(2, top), 'X');
  expect(screen.value()).toBe(long.replace(` ${firstWord} `, ` X${firstWord} `));
});

test('in a box taller than its text, the text starts on the first row; a click below it goes to the end', async () => {
  const screen = await open({lines: 4, value: 'hello'});
  const at = await screen.cellOf('hello');
  await screen.send(click(at.x + 2, at.y), 'X');
  expect(screen.value()).toBe('heXllo');
  await screen.send(click(at.x + 1, at.y + 2), 'Y');
  expect(screen.value()).toBe('heXlloY');
});
