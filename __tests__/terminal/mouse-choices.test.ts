// The mouse on lists, tables, tabs and long boxes: the exact SGR bytes a terminal sends
// go in through the renderer's input, and the test reads the screen and values a user gets.
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

/** A left press and its release at the 1-based cell (column, row): `ESC [ < 0 ; x ; y M`, then `m`. */
const click = (column: number, row: number) => `\u001b[<0;${column};${row}M\u001b[<0;${column};${row}m`;
/** One wheel notch (64 up, 65 down) at the 1-based cell; terminals send no release for the wheel. */
const wheel = (down: boolean, column: number, row: number) => `\u001b[<${down ? 65 : 64};${column};${row}M`;

async function open(app: gr.Blocks, columns = 60, rows = 40) {
  const terminal = new TestTerminal(columns, rows);
  const app_ = mountApp(app.session(), terminal);
  mounted = app_;
  await app_.settled();
  const screen = async () => terminal.screen();
  const lines = async () => (await screen()).split('\n');
  /** The 1-based row and column of the first cell of `text` on the screen (0, 0 when absent). */
  const find = async (text: string) => {
    const all = await lines();
    const row = all.findIndex(line => line.includes(text));
    return {row: row + 1, column: row < 0 ? 0 : all[row].indexOf(text) + 1};
  };
  const send = async (bytes: string) => {
    terminal.type(bytes);
    await app_.settled();
  };
  const clickOn = async (text: string) => {
    const at = await find(text);
    expect({text, found: at.row > 0}).toEqual({text, found: true});
    await send(click(at.column, at.row));
  };
  return {terminal, screen, lines, find, send, clickOn, session: app_.session};
}

test('a click on a closed Dropdown opens it, a click on a row picks that choice and closes the list', async () => {
  let size!: gr.Dropdown;
  let out!: gr.Textbox;
  const app = gr.Blocks({title: 'Sizes'}, () => {
    size = gr.Dropdown(['small', 'medium', 'large'], {label: 'Size', value: 'small'});
    out = gr.Textbox({label: 'Picked'});
    size.change((s: string) => `you picked ${s}`, [size], [out]);
  });
  const ui = await open(app);
  expect(await ui.screen()).not.toContain('large');
  await ui.clickOn('small ▾');
  expect(await ui.screen()).toContain('  large');
  await ui.clickOn('  large');
  expect(ui.session.value(size)).toBe('large');
  const after = await ui.screen();
  expect(after).toContain('large ▾');
  expect(after).not.toContain('medium');
  expect(after).toContain('you picked large');
});

test('a multiselect Dropdown stays open while clicks toggle its rows; a click elsewhere closes it', async () => {
  let tags!: gr.Dropdown;
  const app = gr.Blocks(() => {
    tags = gr.Dropdown(['red', 'green', 'blue'], {label: 'Tags', multiselect: true, value: []});
    gr.Textbox({label: 'Notes'});
  });
  const ui = await open(app);
  await ui.clickOn('(none)');
  await ui.clickOn('[ ] green');
  await ui.clickOn('[ ] blue');
  expect(ui.session.value(tags)).toEqual(['green', 'blue']);
  expect(await ui.screen()).toContain('[x] blue');
  await ui.clickOn('Notes');
  const screen = await ui.screen();
  expect(screen).toContain('green, blue ▾');
  expect(screen).not.toContain('[x]');
});

test('a click on a row of an Examples table fills the inputs with that example, as Enter does', async () => {
  let word!: gr.Textbox;
  let times!: gr.Number;
  const app = gr.Blocks(() => {
    word = gr.Textbox({label: 'Word'});
    times = gr.Number({label: 'Times'});
    gr.Examples({
      examples: [
        ['ab', 2],
        ['cde', 10],
        ['f', 3],
      ],
      inputs: [word, times],
    });
  });
  const ui = await open(app);
  await ui.clickOn('cde');
  expect(ui.session.value(word)).toBe('cde');
  expect(ui.session.value(times)).toBe(10);
  // The header line picks nothing.
  await ui.clickOn('Word │ Times');
  expect(ui.session.value(word)).toBe('cde');
  await ui.clickOn('f    │ 3');
  expect([ui.session.value(word), ui.session.value(times)]).toEqual(['f', 3]);
  expect(await ui.screen()).toMatch(/│ f\s+│/);
});

test('a click on a tab name opens that tab', async () => {
  const app = gr.Blocks(() => {
    gr.Tabs(() => {
      gr.Tab('First', () => gr.Markdown('the first page'));
      gr.Tab('Second', () => gr.Markdown('the second page'));
      gr.Tab('Third', () => gr.Markdown('the third page'));
    });
  });
  const ui = await open(app);
  expect(await ui.screen()).toContain('the first page');
  await ui.clickOn('Third');
  expect(await ui.screen()).toContain('the third page');
  await ui.clickOn('Second');
  const screen = await ui.screen();
  expect(screen).toContain('the second page');
  expect(screen).not.toContain('the third page');
  // A click below the bar, on the tab's text, leaves the tab as it is.
  await ui.clickOn('the second page');
  expect(await ui.screen()).toContain('the second page');
});

/** An app with one long box of each kind between two short ones, on a short screen. */
function longBoxes() {
  const lines = Array.from({length: 40}, (_, i) => `line ${i + 1}`);
  return gr.Blocks({title: 'Long'}, () => {
    gr.Chatbot({label: 'Chat', value: lines.map(l => ({role: 'user', content: l})), height: 6});
    gr.JSON({label: 'Data', value: Object.fromEntries(lines.map((l, i) => [`k${i + 1}`, l])), maxHeight: 6});
    gr.Code({label: 'Source', value: lines.join('\n'), maxLines: 6});
    gr.Textbox({label: 'Log', value: lines.join('\n'), interactive: false, lines: 1, maxLines: 6});
    for (let i = 1; i <= 6; i++) gr.Textbox({label: `Field ${i}`});
  });
}

test.each([
  ['Chat', 'line 40', 'line 37'],
  ['Data', 'line 1"', 'line 4"'],
  ['Source', 'line 1', 'line 4'],
  ['Log', 'line 1', 'line 4'],
])('the wheel over the %s box scrolls that box, three lines a notch, not the page', async (label, first, afterOne) => {
  const ui = await open(longBoxes(), 60, 200);
  const labelRow = (await ui.find(label)).row;
  const rows = async () => (await ui.lines()).slice(labelRow, labelRow + 9).join('\n');
  const before = await rows();
  expect(before).toContain(first);
  // The chat starts at its newest message, so the wheel goes up; the others start at their top.
  const down = label !== 'Chat';
  await ui.send(wheel(down, 10, labelRow + 3));
  const after = await rows();
  expect(after).not.toBe(before);
  expect(after).toContain(afterOne);
  // The page did not move: the title and the box's label are where they were.
  expect((await ui.find(label)).row).toBe(labelRow);
});

test('the wheel over a long text being edited moves its cursor three lines a notch, and the lines shown follow', async () => {
  let notes!: gr.Textbox;
  const app = gr.Blocks(() => {
    notes = gr.Textbox({
      label: 'Notes',
      interactive: true,
      lines: 3,
      maxLines: 5,
      value: Array.from({length: 30}, (_, i) => `note ${i + 1}`).join('\n'),
    });
  });
  const ui = await open(app);
  await ui.clickOn('Notes');
  // Focused with the cursor at the end: the last lines show.
  expect(await ui.screen()).toContain('note 30');
  const at = await ui.find('note 28');
  for (let i = 0; i < 3; i++) await ui.send(wheel(false, at.column, at.row));
  const screen = await ui.screen();
  expect(screen).toContain('note 21');
  expect(screen).not.toContain('note 30');
  // The cursor moved, not the text: typing lands on line 21.
  await ui.send('!');
  expect(String(ui.session.value(notes)).split('\n')[20]).toMatch(/!/);
});

test('the wheel over a box with nothing more to show, or over the title, scrolls the page', async () => {
  const app = gr.Blocks({title: 'Short boxes'}, () => {
    gr.JSON({label: 'Data', value: {a: 1}});
    for (let i = 1; i <= 8; i++) gr.Textbox({label: `Field ${i}`});
  });
  const ui = await open(app, 40, 14);
  const data = await ui.find('"a": 1');
  expect(await ui.screen()).not.toContain('Field 8');
  await ui.send(wheel(true, data.column, data.row));
  // Three lines down: the JSON's label went off the top, its box did not scroll inside.
  expect(await ui.find('"a": 1')).toEqual({row: data.row - 3, column: data.column});
  for (let i = 0; i < 8; i++) await ui.send(wheel(true, 1, 1));
  const bottom = await ui.lines();
  expect(bottom[0]).toBe('Short boxes');
  expect(bottom.join('\n')).toContain('Field 8');
  for (let i = 0; i < 9; i++) await ui.send(wheel(false, 1, 1));
  expect(await ui.find('"a": 1')).toEqual(data);
});

test('after the page scrolled, a click lands on the component drawn under it now', async () => {
  let out!: gr.Textbox;
  let fields!: gr.Textbox[];
  const app = gr.Blocks({title: 'Tall'}, () => {
    fields = Array.from({length: 8}, (_, i) => gr.Textbox({label: `Field ${i + 1}`}));
    const go = gr.Button('Go');
    out = gr.Textbox({label: 'Out'});
    go.click(() => 'pressed', [], [out]);
  });
  const ui = await open(app, 40, 14);
  expect(await ui.screen()).not.toContain(' Go ');
  for (let i = 0; i < 8; i++) await ui.send(wheel(true, 20, 5));
  const go = await ui.find(' Go ');
  expect(go.row).toBeGreaterThan(1);
  await ui.send(click(go.column + 1, go.row));
  expect(ui.session.value(out)).toBe('pressed');
  // A click on a field's box after scrolling focuses that field: what is typed goes there.
  await ui.clickOn('Field 8');
  await ui.send('hi');
  expect(ui.session.value(fields[7])).toBe('hi');
  expect(fields.slice(0, 7).map(f => ui.session.value(f))).toEqual(Array(7).fill(''));
});

test('a click on the footer line or the title hits nothing, even where the page holds a button under it', async () => {
  const pressed: string[] = [];
  const app = gr.Blocks({title: 'Edge'}, () => {
    for (let i = 1; i <= 4; i++) gr.Button(`Button ${i}`).click(() => void pressed.push(`Button ${i}`));
    for (let i = 1; i <= 3; i++) gr.Textbox({label: `Field ${i}`});
  });
  const ui = await open(app, 40, 12);
  const rows = (await ui.lines()).length;
  // Button 4's last line lies under the footer; after a notch down, Button 1 lies under the title.
  await ui.send(click(10, rows));
  await ui.send(wheel(true, 10, 1));
  expect(await ui.find('Button 1')).toEqual({row: 0, column: 0});
  await ui.send(click(10, 1));
  expect(pressed).toEqual([]);
  // The same column one row into the body does press what is drawn there.
  await ui.send(click(10, 2));
  expect(pressed).toHaveLength(1);
});
