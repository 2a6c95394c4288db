import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp, scrollFor} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  await mounted?.session.close();
});

test('an app taller than the screen scrolls to keep the focused component in view', async () => {
  const app = gr.Blocks({title: 'Long form'}, () => {
    for (let i = 1; i <= 12; i++) gr.Textbox({label: `Field ${i}`, interactive: true});
  });
  const terminal = new TestTerminal(40, 12);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  let screen = await terminal.screen();
  expect(screen.split('\n')[0]).toBe('Long form');
  expect(screen).toContain('Field 1');
  expect(screen).not.toContain('Field 9');
  for (let i = 0; i < 8; i++) terminal.type('\t');
  await mounted.settled();
  screen = await terminal.screen();
  expect(screen).toContain('Field 9');
  expect(screen).not.toContain('Field 1\n');
  // The title and the footer stay put.
  expect(screen.split('\n')[0]).toBe('Long form');
  expect(screen.split('\n').at(-1)).toBe('Tab next · F1 help · Ctrl+C quit');
  terminal.type('typed');
  await mounted.settled();
  expect(await terminal.screen()).toMatch(/Field 9\n╭─+╮\n│ typed/);
});

test('scrolling moves no further than needed', () => {
  expect(scrollFor(10, 20, 3, 0)).toBe(0);
  expect(scrollFor(100, 10, 5, 0)).toBe(0);
  expect(scrollFor(100, 10, 20, 0)).toBe(15);
  expect(scrollFor(100, 10, 20, 15)).toBe(15);
  expect(scrollFor(100, 10, 12, 15)).toBe(12);
  expect(scrollFor(100, 10, -1, 95)).toBe(90);
});

const UP = '\u001b[A';
const DOWN = '\u001b[B';
const PAGE_UP = '\u001b[5~';
const PAGE_DOWN = '\u001b[6~';
const HOME = '\u001b[H';
const END = '\u001b[F';

async function mountOn(app: gr.BlocksApp, columns = 60, rows = 40) {
  const terminal = new TestTerminal(columns, rows);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  const screen = async () => insideBoxes(await terminal.screen());
  const press = async (keys: string) => {
    terminal.type(keys);
    await (mounted as MountedApp).settled();
    return screen();
  };
  return {terminal, press, screen};
}

/** The screen with the side borders of boxes taken off, so a box's lines read as plain text. */
function insideBoxes(screen: string): string {
  return screen
    .split('\n')
    .map(line => line.replace(/^│ /, '').replace(/ *│$/, ''))
    .join('\n');
}

test('a long JSON shows its first lines, takes focus and scrolls by line, page and end', async () => {
  const value = Object.fromEntries(Array.from({length: 30}, (_, i) => [`key${i + 1}`, i + 1]));
  const app = gr.Blocks({title: 'Data'}, () => {
    gr.JSON({label: 'Big', value, maxHeight: 6});
  });
  const {press, screen} = await mountOn(app);
  let shown = await screen();
  expect(shown).toContain('"key5": 5');
  expect(shown).not.toContain('"key6": 6');
  expect(shown).toContain('↓ 26 more lines');
  // The only box that can take focus is the one that overflows, so it has it and the footer says how to scroll.
  expect(shown.split('\n').at(-1)).toBe('↑/↓ scroll · Tab next · ? help · Ctrl+C quit');
  shown = await press(DOWN);
  expect(shown).toContain('"key6": 6');
  expect(shown).not.toMatch(/^\{/m);
  expect(shown).toContain('↑ 1 more line · ↓ 25 more lines');
  shown = await press(PAGE_DOWN);
  expect(shown).toContain('"key11": 11');
  expect(shown).toContain('↑ 6 more lines · ↓ 20 more lines');
  shown = await press(END);
  expect(shown).toMatch(/"key30": 30\n\}\n↑ 26 more lines\n╰/);
  expect(shown).toContain('↑ 26 more lines');
  expect(shown).not.toMatch(/↓ \d+ more/);
  shown = await press(DOWN);
  expect(shown).toContain('↑ 26 more lines');
  shown = await press(PAGE_UP);
  expect(shown).toContain('↑ 21 more lines · ↓ 5 more lines');
  shown = await press(HOME);
  expect(shown).toContain('"key1": 1');
  expect(shown).toContain('↓ 26 more lines');
  // The box keeps its height whatever the window shows, so the layout below does not move.
  expect(shown).toMatch(/Big\n╭─+╮\n\{\n {2}"key1": 1,\n(.*\n){4}↓ 26 more lines\n╰─+╯/);
});

test('a short JSON is as tall as its value and is not a Tab stop', async () => {
  const app = gr.Blocks({title: 'Data'}, () => {
    gr.JSON({label: 'Small', value: {a: 1}});
    gr.Textbox({label: 'Name', interactive: true});
  });
  const {press, screen} = await mountOn(app);
  const shown = await screen();
  expect(shown).toMatch(/Small\n╭─+╮\n\{\n {2}"a": 1\n\}\n╰─+╯\nName/);
  expect(shown).not.toContain('more line');
  // Tab goes round the one text box only.
  await press('x\t');
  expect(await press('y')).toMatch(/^xy/m);
});

test('a chat shows its newest messages, scrolls back to the first, and keeps its place as new ones arrive', async () => {
  const app = gr.Blocks({title: 'Chat'}, () => {
    const chat = gr.Chatbot({
      label: 'Room',
      height: 4,
      value: Array.from({length: 10}, (_, i) => ({role: 'assistant' as const, content: `message ${i + 1}`})),
    });
    const text = gr.Textbox({label: 'Say', interactive: true});
    text.submit(
      (message: string, history: gr.ChatMessage[]) => [[...history, {role: 'user', content: message}], ''],
      [text, chat],
      [chat, text],
    );
  });
  const {press, screen} = await mountOn(app);
  let shown = await screen();
  expect(shown).toMatch(/message 7\nmessage 8\nmessage 9\nmessage 10\n/);
  expect(shown).not.toContain('message 6');
  expect(shown).toContain('↑ 6 more lines');
  // The text box came first in focus (it was the only Tab stop when the app started); Shift+Tab reaches the chat.
  shown = await press('\u001b[Z');
  expect(shown).toMatch(/↑\/↓ scroll/);
  shown = await press(UP);
  expect(shown).toMatch(/message 6\nmessage 7\nmessage 8\nmessage 9/);
  expect(shown).toContain('↑ 5 more lines · ↓ 1 more line');
  shown = await press(HOME);
  expect(shown).toMatch(/message 1\nmessage 2\nmessage 3\nmessage 4/);
  expect(shown).toContain('↓ 6 more lines');
  // A message sent while reading the history lands below without moving the view.
  await press('\t');
  shown = await press('hello\r');
  expect(shown).toMatch(/message 1\nmessage 2\nmessage 3\nmessage 4/);
  expect(shown).toContain('↓ 7 more lines');
  // Back at the bottom, the chat follows new messages again.
  await press('\u001b[Z');
  shown = await press(END);
  expect(shown).toMatch(/message 8\nmessage 9\nmessage 10\n +hello\n/);
  await press('\t');
  shown = await press('again\r');
  expect(shown).toMatch(/message 9\nmessage 10\n +hello\n +again\n/);
});

test('a long table scrolls under its headers', async () => {
  const app = gr.Blocks({title: 'Table'}, () => {
    gr.Dataframe({
      label: 'Rows',
      headers: ['n', 'square'],
      value: Array.from({length: 50}, (_, i) => [i + 1, (i + 1) ** 2]),
      maxHeight: 5,
    });
  });
  const {press, screen} = await mountOn(app);
  let shown = await screen();
  expect(shown).toMatch(/n {2}│ square\n───┼─+\n1 {2}│ 1\n2 {2}│ 4\n/);
  expect(shown).toContain('↓ 45 more rows');
  shown = await press(PAGE_DOWN);
  expect(shown).toMatch(/n {2}│ square\n───┼─+\n5 {2}│ 25\n/);
  expect(shown).toContain('↑ 4 more rows · ↓ 41 more rows');
  shown = await press(END);
  expect(shown).toMatch(/50 │ 2500/);
  expect(shown).not.toMatch(/↓ \d+ more/);
});

test('code scrolls by source line, and editable code keeps its cursor in view', async () => {
  const source = Array.from({length: 30}, (_, i) => `line ${i + 1}`).join('\n');
  const app = gr.Blocks({title: 'Code'}, () => {
    gr.Code({label: 'Read', value: source, maxLines: 5});
    gr.Code({label: 'Edit', value: '', maxLines: 3, interactive: true});
  });
  const {press, screen} = await mountOn(app, 60, 40);
  let shown = await screen();
  expect(shown).toMatch(/ 1 │ line 1\b/);
  expect(shown).toMatch(/ 5 │ line 5\b/);
  expect(shown).not.toContain('line 6');
  expect(shown).toContain('↓ 25 more lines');
  // The read-only box overflows, so it is a Tab stop before the editable one.
  shown = await press(DOWN);
  expect(shown).toMatch(/ 2 │ line 2\b/);
  expect(shown).not.toMatch(/ 1 │ line 1\b/);
  await press('\t');
  shown = await press('a\rb\rc\rd\re');
  expect(shown).toMatch(/3 │ c\n4 │ d\n5 │ e/);
  expect(shown).not.toMatch(/1 │ a/);
  expect(shown).toContain('↑ 2 more lines');
  // In the editor the arrows move the cursor a line up, keeping its column; the window follows it.
  shown = await press(`${UP}X`);
  expect(shown).toMatch(/3 │ c\n4 │ dX\n5 │ e/);
  shown = await press(UP + UP);
  expect(shown).toMatch(/2 │ b\n3 │ c\n4 │ dX\n/);
  shown = await press(`${DOWN}${DOWN}${DOWN}Y`);
  expect(shown).toMatch(/3 │ c\n4 │ dX\n5 │ eY\n/);
});

test('the first and last Tab stops bring the top and the bottom of a tall app into view', async () => {
  const app = gr.Blocks({title: 'Tall'}, () => {
    gr.Markdown('# Heading above the first box');
    for (let i = 1; i <= 6; i++) gr.Textbox({label: `Field ${i}`, interactive: true});
    gr.Markdown(Array.from({length: 8}, (_, i) => `closing note ${i + 1}`).join('\n'));
  });
  const terminal = new TestTerminal(40, 14);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  expect(await terminal.screen()).toContain('Heading above the first box');
  // On the last box, the notes below it show, down to the last one.
  terminal.type('\u001b[Z');
  await mounted.settled();
  let screen = await terminal.screen();
  expect(screen).toContain('Field 6');
  expect(screen).toContain('closing note 8');
  // Back on the first box (Tab wraps round), the heading shows again.
  terminal.type('\t');
  await mounted.settled();
  screen = await terminal.screen();
  expect(screen).toContain('Heading above the first box');
  expect(screen).not.toContain('closing note');
});

test('scrolling at the first and last stops shows the ends', () => {
  // First stop at line 3 of a 100-line app, 10 rows: the top shows.
  expect(scrollFor(100, 10, 3, 2, 'first')).toBe(0);
  // Last stop at line 85: as far down as the app goes, the stop still in view.
  expect(scrollFor(100, 10, 85, 0, 'last')).toBe(85);
  expect(scrollFor(100, 10, 93, 0, 'last')).toBe(90);
});

test('a read-only text box wraps a long output and scrolls it; a 10 MB output draws only what can show', async () => {
  const app = gr.Blocks({title: 'Output'}, () => {
    const go = gr.Button('Go');
    const out = gr.Textbox({label: 'Result', maxLines: 4});
    const huge = gr.Textbox({label: 'Huge', maxLines: 3});
    go.click(
      () => [Array.from({length: 12}, (_, i) => `row ${i + 1}`).join('\n'), `start ${'y'.repeat(10_000_000)}`],
      [],
      [out, huge],
    );
  });
  const {press} = await mountOn(app, 40, 40);
  let shown = await press('\r');
  expect(shown).toMatch(/Result\n╭─+╮\nrow 1\nrow 2\nrow 3\nrow 4\n↓ 8 more lines\n╰/);
  expect(shown).toMatch(/Huge\n╭─+╮\nstart y+\ny+\ny+\n↓ more lines below\n╰/);
  // Both outputs overflow, so Tab reaches them; the footer names the scroll keys.
  shown = await press('\t');
  expect(shown).toMatch(/↑\/↓ scroll/);
  shown = await press(END);
  expect(shown).toMatch(/Result\n╭─+╮\nrow 9\nrow 10\nrow 11\nrow 12\n↑ 8 more lines\n╰/);
  await press('\t');
  shown = await press(PAGE_DOWN + PAGE_DOWN);
  expect(shown).toMatch(/Huge\n╭─+╮\ny+\ny+\ny+\n↑ 4 more lines · ↓ more lines below\n╰/);
});

test('PgUp/PgDn scroll a tall app when the focused block has no use for them; a key for that block brings it back', async () => {
  const app = gr.Blocks({title: 'Guide'}, () => {
    gr.Markdown(Array.from({length: 30}, (_, i) => `guide line ${i + 1}`).join('\n'));
    gr.Textbox({label: 'Answer', interactive: true});
  });
  const terminal = new TestTerminal(80, 14);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  const press = async (keys: string) => {
    terminal.type(keys);
    await (mounted as MountedApp).settled();
    return terminal.screen();
  };
  // The text box below the guide has focus, so the screen starts at the guide's end; the footer offers the page keys.
  let screen = await terminal.screen();
  expect(screen).toContain('Answer');
  expect(screen).not.toContain('guide line 1\n');
  expect(screen.split('\n').at(-1)).toContain('PgUp/PgDn page');
  screen = await press(PAGE_UP + PAGE_UP + PAGE_UP);
  expect(screen).toMatch(/^Guide\nguide line 1\n/);
  expect(screen).not.toContain('Answer');
  screen = await press(PAGE_DOWN);
  expect(screen).toMatch(/^Guide\nguide line 12\n/);
  // Typing goes to the focused box, which scrolls back into view.
  screen = await press('yes');
  expect(screen).toMatch(/Answer\n╭─+╮\n│ yes/);
});

test('an app with nothing to focus still pages through its text', async () => {
  const app = gr.Blocks({title: 'Read me'}, () => {
    gr.Markdown(Array.from({length: 30}, (_, i) => `line ${i + 1}`).join('\n'));
  });
  const terminal = new TestTerminal(80, 12);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  expect(await terminal.screen()).toMatch(/^Read me\nline 1\n/);
  terminal.type(PAGE_DOWN + PAGE_DOWN + PAGE_DOWN + PAGE_DOWN);
  await mounted.settled();
  const screen = await terminal.screen();
  expect(screen).toMatch(/line 30\n[^\n]*PgUp\/PgDn page/);
});

test('a huge message and a long history draw only what can show, and still scroll back to the start', async () => {
  const huge = `start of the huge one ${'x'.repeat(1_000_000)} end of the huge one`;
  const app = gr.Blocks({title: 'Chat'}, () => {
    gr.Chatbot({
      label: 'Room',
      height: 4,
      value: [
        {role: 'assistant', content: 'the very first'},
        ...Array.from({length: 2000}, (_, i) => ({role: 'assistant' as const, content: `message ${i + 1} ${'.'.repeat(20)}`})),
        {role: 'user', content: huge},
      ],
    });
  });
  const {press, screen} = await mountOn(app, 60, 20);
  let shown = await screen();
  // The end of the huge message shows; what is above it is not drawn, and the hint says so without a count.
  expect(shown).toMatch(/x+ end of the huge one\n↑ more lines above\n/);
  // Home jumps to the first message, however much lies between; the chat is drawn from its start.
  shown = await press(HOME);
  expect(shown).toMatch(/Room\n╭─+╮\nthe very first\nmessage 1 \.+\nmessage 2 \.+\nmessage 3 \.+\n↓ more lines below\n/);
  shown = await press(DOWN);
  expect(shown).toMatch(/╭─+╮\nmessage 1 \.+\n/);
  // End goes back to the newest.
  shown = await press(END);
  expect(shown).toMatch(/x+ end of the huge one\n↑ more lines above\n/);
});

test('a long list of choices shows ten at a time around the highlight', async () => {
  const countries = Array.from({length: 50}, (_, i) => `Country ${i + 1}`);
  const app = gr.Blocks({title: 'Pick'}, () => {
    gr.Dropdown({label: 'Where', choices: countries, interactive: true});
  });
  const {press} = await mountOn(app, 50, 30);
  let shown = await press('\r');
  expect(shown).toMatch(/Where\n╭─+╮\nCountry 1 ▴\n• Country 1\n(.*\n){9}↓ 40 more choices\n╰/);
  shown = await press(DOWN.repeat(25));
  expect(shown).toMatch(/↑ 20 more choices · ↓ 20 more choices/);
  expect(shown).toMatch(/\n {2}Country 26\n/);
  shown = await press('\r');
  expect(shown).toMatch(/Where\n╭─+╮\nCountry 26 ▾\n╰/);
});

test('in a multi-line text box the arrows move between lines, keeping the column', async () => {
  const app = gr.Blocks({title: 'Notes'}, () => {
    gr.Textbox({label: 'Notes', lines: 3, interactive: true});
  });
  const {press} = await mountOn(app, 80, 20);
  await press('one\rtwo\rthree');
  let shown = await press(`${UP}X`);
  expect(shown).toMatch(/one\ntwoX\nthree/);
  shown = await press(`${UP}${UP}${DOWN}${DOWN}Y`);
  expect(shown).toMatch(/one\ntwoX\nthrYee/);
  expect(shown.split('\n').at(-1)).toMatch(/arrows move/);
});
