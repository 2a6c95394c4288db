import {afterEach, expect, test} from '@jest/globals';
import demo from '../../examples/hangman.js';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  await mounted?.session.close();
  mounted = undefined;
});

async function play(terminal: TestTerminal, ...keys: string[]): Promise<string> {
  for (const key of keys) {
    terminal.type(key);
    await mounted?.settled();
  }
  return terminal.screen();
}

test('hangman opens with the layout of the seed: two columns, labels, boxes and a footer of keys', async () => {
  const terminal = new TestTerminal(80, 14);
  mounted = mountApp(demo.session(), terminal);
  await mounted.settled();
  expect(await terminal.screen()).toBe(
    [
      'Hangman',
      'Enter letter                             Hangman',
      '╭──────────────────────────────────────╮ ╭─────────────────────────────────────╮',
      '│                                      │ │ ______                              │',
      '╰──────────────────────────────────────╯ ╰─────────────────────────────────────╯',
      '╭──────────────────────────────────────╮ Used Letters',
      '│             Guess Letter             │ ╭─────────────────────────────────────╮',
      '╰──────────────────────────────────────╯ │                                     │',
      '                                         ╰─────────────────────────────────────╯',
      '',
      '',
      '',
      '',
      '←/→ move · Ctrl+U clear · Tab next · Shift+Tab back · F1 help · Ctrl+C quit',
    ].join('\n'),
  );
});

test('typing g, Tab, Enter guesses g; Shift+Tab, Backspace, r, Tab, Enter then guesses r', async () => {
  const terminal = new TestTerminal(80, 14);
  mounted = mountApp(demo.session(), terminal);
  await mounted.settled();
  let screen = await play(terminal, 'g', '\t', '\r');
  expect(screen).toContain('│ g_____ ');
  expect(screen.split('\n')[7]).toContain('│ g ');
  screen = await play(terminal, '\u001b[Z', '\u007f', 'r', '\t', '\r');
  expect(screen).toContain('│ gr____ ');
  expect(screen.split('\n')[7]).toContain('│ g, r ');
  expect(screen.split('\n').at(-1)).toBe('Enter/Space click · Tab next · Shift+Tab back · ? help · Ctrl+C quit');
});

test('typing a letter writes only the cells that changed, not the whole screen', async () => {
  const terminal = new TestTerminal(80, 24);
  mounted = mountApp(demo.session(), terminal);
  await mounted.settled();
  const before = terminal.bytesWritten;
  await play(terminal, 'g');
  // Two cells change (the letter and the cursor after it): a cursor move, two styles, two characters.
  expect(terminal.bytesWritten - before).toBeLessThanOrEqual(30);
  expect(terminal.bytesWritten - before).toBeGreaterThan(0);
});

test('two sessions drawn side by side each show only their own guesses', async () => {
  const a = new TestTerminal(80, 14);
  const b = new TestTerminal(80, 14);
  const first = mountApp(demo.session(), a);
  const second = mountApp(demo.session(), b);
  try {
    a.type('g');
    await first.settled();
    a.type('\t');
    a.type('\r');
    await first.settled();
    await second.settled();
    expect(await a.screen()).toContain('g_____');
    expect(await b.screen()).toContain('______');
    expect(await b.screen()).not.toContain('g_____');
  } finally {
    await first.unmount();
    await second.unmount();
    await first.session.close();
    await second.session.close();
  }
});

test('unmount shows the cursor again and turns bracketed paste off', async () => {
  const terminal = new TestTerminal(80, 14);
  const writes: string[] = [];
  const write = terminal.write.bind(terminal);
  terminal.write = data => {
    writes.push(data);
    return write(data);
  };
  mounted = mountApp(demo.session(), terminal, {alternateScreen: true});
  await mounted.settled();
  expect(writes[0]).toContain('\u001b[?1049h');
  expect(writes[0]).toContain('\u001b[?25l');
  await mounted.unmount();
  const last = writes.at(-1) ?? '';
  expect(last).toContain('\u001b[?25h');
  expect(last).toContain('\u001b[?2004l');
  expect(last).toContain('\u001b[?1049l');
});
