import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {sanitize, sanitizeLine} from '../../source/terminal/sanitize.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  await mounted?.session.close();
  mounted = undefined;
});

function echoApp() {
  let box!: gr.Textbox;
  let shown!: gr.Textbox;
  let inputs = 0;
  const app = gr.Blocks({title: 'Echo'}, () => {
    box = gr.Textbox({label: 'Say'});
    shown = gr.Textbox({label: 'Shown'});
    box.input(() => {
      inputs++;
    });
    box.submit((text: string) => text, [box], [shown]);
  });
  return {app, box, shown, inputs: () => inputs};
}

async function mount(app: gr.Blocks, terminal: TestTerminal) {
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  return mounted;
}

test('the sanitizer removes ESC, C0 but newline, DEL and C1, and turns tabs into spaces', () => {
  expect(sanitize('a\u001b]52;c;aGk=\u0007b\r\b\u007f\u0085c\n\td')).toBe('a]52;c;aGk=bc\n    d');
});

test('one-line text (labels, titles, toasts) is cut past 4096 characters, so a runaway label cannot stall a screen', () => {
  expect(sanitizeLine('a\nb')).toBe('a b');
  const runaway = sanitizeLine('x'.repeat(5_000_000));
  expect(runaway).toHaveLength(4097);
  expect(runaway.endsWith('x…')).toBe(true);
});

test('a 1 MB paste arrives as one edit: one input event, the whole text stored', async () => {
  const {app, box, inputs} = echoApp();
  const terminal = new TestTerminal(60, 12);
  const view = await mount(app, terminal);
  const text = 'x'.repeat(1024 * 1024);
  // Split across chunks as a real connection delivers it, the end marker cut in two.
  const pasted = `\u001b[200~${text}\u001b[201~`;
  terminal.type(pasted.slice(0, 1000));
  terminal.type(pasted.slice(1000, -3));
  terminal.type(pasted.slice(-3));
  await view.settled();
  expect(view.session.value(box)).toHaveLength(text.length);
  expect(inputs()).toBe(1);
});

test('escape sequences typed or pasted by a user are shown as text, never sent to the terminal', async () => {
  const {app, shown} = echoApp();
  const terminal = new TestTerminal(60, 12);
  const writes: string[] = [];
  const write = terminal.write.bind(terminal);
  terminal.write = data => {
    writes.push(data);
    return write(data);
  };
  const view = await mount(app, terminal);
  const payload = 'hi\u001b]52;c;cGF3bmVk\u0007\u001b]0;owned\u0007\u001b[2J\u001b[H\u0085\u0007';
  terminal.type(`\u001b[200~${payload}\u001b[201~`);
  terminal.type('\r');
  await view.settled();
  expect(String(view.session.value(shown))).toContain('hi');
  const sent = writes.join('');
  expect(sent).not.toContain('\u001b]');
  expect(sent).not.toContain('\u0007');
  expect(sent).not.toContain('\u0085');
  expect((await terminal.screen()).split('\n')[7]).toBe(`│ hi]52;c;cGF3bmVk]0;owned[2J[H${' '.repeat(28)}│`);
});

test('wide characters and emoji keep the box borders aligned', async () => {
  let box!: gr.Textbox;
  const app = gr.Blocks({title: 'Wide'}, () => {
    box = gr.Textbox({label: 'Text', value: '漢字 and 😀!'});
  });
  const terminal = new TestTerminal(30, 8);
  const view = await mount(app, terminal);
  expect(view.session.value(box)).toBe('漢字 and 😀!');
  const lines = (await terminal.screen()).split('\n');
  expect(lines[3]).toBe('│ 漢字 and 😀!               │');
  expect(lines[2]).toBe('╭────────────────────────────╮');
});

test('a resize re-lays out the screen at once', async () => {
  const {app} = echoApp();
  const terminal = new TestTerminal(60, 12);
  const view = await mount(app, terminal);
  terminal.resize(40, 12);
  await view.settled();
  expect((await terminal.screen()).split('\n')[2]).toBe(`╭${'─'.repeat(38)}╮`);
});

test('while the client stops reading, frames coalesce; after it drains, the latest screen is drawn', async () => {
  const {app} = echoApp();
  const terminal = new TestTerminal(60, 12);
  const view = await mount(app, terminal);
  terminal.accepting = false;
  terminal.type('a');
  await view.settled();
  const stalled = terminal.bytesWritten;
  terminal.type('b');
  terminal.type('c');
  await view.settled();
  expect(terminal.bytesWritten).toBe(stalled);
  terminal.drain();
  await view.settled();
  expect((await terminal.screen()).split('\n')[3]).toBe('│ abc                                                      │');
});

test('a gr.Error shows as a toast with its message while the app stays usable', async () => {
  let box!: gr.Textbox;
  const app = gr.Blocks({title: 'Fails'}, () => {
    box = gr.Textbox({label: 'Word'});
    box.submit(() => {
      throw new gr.Error('That word is not allowed');
    }, [box]);
  });
  const terminal = new TestTerminal(60, 10);
  const view = await mount(app, terminal);
  terminal.type('x\r');
  await view.settled();
  const lines = (await terminal.screen()).split('\n');
  expect(lines.at(-2)).toBe('✖ Error: That word is not allowed');
  terminal.type('y');
  await view.settled();
  expect(view.session.value(box)).toBe('xy');
});
