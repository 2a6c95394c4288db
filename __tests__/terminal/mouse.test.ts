// The mouse, through the same input path as keys: SGR reports in, their effect out.
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {InputParser} from '../../source/terminal/parse-input.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

/** The SGR report a terminal sends for a press (M) or release (m) of `button` at 1-based cell (column, row). */
const sgr = (button: number, column: number, row: number, press = true) =>
  `\u001b[<${button};${column};${row}${press ? 'M' : 'm'}`;

test('SGR mouse reports parse into presses, releases and the wheel, cells counted from 0; motion is ignored', () => {
  const parser = new InputParser();
  expect(parser.push(`${sgr(0, 10, 5)}${sgr(0, 10, 5, false)}${sgr(64, 1, 1)}${sgr(65, 3, 4)}${sgr(32, 2, 2)}x`)).toEqual([
    {kind: 'mouse', button: 'left', press: true, x: 9, y: 4},
    {kind: 'mouse', button: 'left', press: false, x: 9, y: 4},
    {kind: 'mouse', button: 'wheelup', press: true, x: 0, y: 0},
    {kind: 'mouse', button: 'wheeldown', press: true, x: 2, y: 3},
    {kind: 'text', text: 'x'},
  ]);
  // A report split across two chunks is put back together.
  expect(parser.push('\u001b[<0;12')).toEqual([]);
  expect(parser.push(';7M')).toEqual([{kind: 'mouse', button: 'left', press: true, x: 11, y: 6}]);
});

function formApp() {
  let name!: gr.Textbox;
  let agree!: gr.Checkbox;
  let size!: gr.Radio;
  let go!: gr.Button;
  let out!: gr.Textbox;
  const app = gr.Blocks({title: 'Form'}, () => {
    name = gr.Textbox({label: 'Name', value: 'Ada'});
    agree = gr.Checkbox({label: 'Agree'});
    size = gr.Radio(['small', 'medium', 'large'], {label: 'Size'});
    go = gr.Button('Go');
    out = gr.Textbox({label: 'Out'});
    go.click((who: string, yes: boolean, s: string) => `${who} ${yes} ${s}`, [name, agree, size], [out]);
  });
  return {app, name, agree, size, go, out};
}

async function open(app: gr.Blocks, rows = 40) {
  const terminal = new TestTerminal(60, rows);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  const lines = async () => (await terminal.screen()).split('\n');
  /** The 1-based screen row on which `text` first shows. */
  const rowOf = async (text: string) => (await lines()).findIndex(line => line.includes(text)) + 1;
  const click = async (column: number, row: number) => {
    terminal.type(sgr(0, column, row) + sgr(0, column, row, false));
    await mounted?.settled();
  };
  return {terminal, lines, rowOf, click};
}

test('a click focuses what it lands on, presses a button, toggles a checkbox and picks a choice', async () => {
  const {app, agree, size, go, out} = formApp();
  const screen = await open(app);
  const session = mounted?.session as gr.Session;
  await screen.click(5, await screen.rowOf('( ) large'));
  expect(session.value(size)).toBe('large');
  await screen.click(3, await screen.rowOf('Agree'));
  expect(session.value(agree)).toBe(true);
  await screen.click(20, (await screen.rowOf(' Go ')) || (await screen.rowOf('Go')));
  expect(session.value(out)).toBe('Ada true large');
  expect((await screen.lines()).at(-1)).toMatch(/^Enter\/Space click/);
  expect(go).toBeDefined();
});

test('a click in a one-line text box puts the cursor at that cell', async () => {
  const {app, name} = formApp();
  const screen = await open(app);
  // The box's text starts two cells in (border, padding): column 4 is under the "a" of "Ada".
  await screen.click(5, await screen.rowOf('│ Ada'));
  screen.terminal.type('X');
  await mounted?.settled();
  expect(mounted?.session.value(name)).toBe('AdXa');
});

test('the wheel scrolls the page of an app taller than the screen, and a key brings the focus back', async () => {
  const app = gr.Blocks({title: 'Tall'}, () => {
    for (let i = 1; i <= 12; i++) gr.Textbox({label: `Field ${i}`});
  });
  const screen = await open(app, 14);
  expect((await screen.lines()).join('\n')).not.toContain('Field 6');
  for (let i = 0; i < 4; i++) screen.terminal.type(sgr(65, 10, 5));
  await mounted?.settled();
  const scrolled = (await screen.lines()).join('\n');
  expect(scrolled).toContain('Field 6');
  expect(scrolled).not.toContain('Field 1\n');
});

test('the app asks for SGR mouse reports when mounted and stops when unmounted, unless told not to', async () => {
  const written: string[] = [];
  const terminal = new TestTerminal(40, 10);
  const write = terminal.write.bind(terminal);
  terminal.write = data => {
    written.push(data);
    return write(data);
  };
  mounted = mountApp(formApp().app.session(), terminal);
  await mounted.settled();
  await mounted.unmount();
  mounted = undefined;
  expect(written[0]).toContain('\u001b[?1000h\u001b[?1006h');
  expect(written.at(-1)).toContain('\u001b[?1006l\u001b[?1000l');
  written.length = 0;
  mounted = mountApp(formApp().app.session(), terminal, {mouse: false});
  await mounted.settled();
  expect(written.join('')).not.toContain('?1000h');
});
