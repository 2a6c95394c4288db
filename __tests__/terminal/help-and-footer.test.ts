// The footer tells the truth at every width, the help panel (? or F1) lists every key
// that works, and typing where no text goes says where it can go.
import {afterEach, describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import type {Clock} from '../../source/terminal/Terminal.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

/** A clock the test moves by hand, so a hint's two seconds pass when the test says. */
function manualClock(): Clock & {advance(ms: number): void} {
  let now = 0;
  const timers = new Set<{at: number; fn: () => void}>();
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      const timer = {at: now + ms, fn};
      timers.add(timer);
      return timer;
    },
    clearTimeout: timer => timers.delete(timer as {at: number; fn: () => void}),
    advance(ms) {
      now += ms;
      for (const timer of [...timers]) {
        if (timer.at <= now) {
          timers.delete(timer);
          timer.fn();
        }
      }
    },
  };
}

/** A name box (submitting when `submits`), a Go button and a result box. */
function app(submits: boolean) {
  return gr.Blocks({title: 'Greeter'}, () => {
    const name = gr.Textbox({label: 'Name'});
    const go = gr.Button('Go');
    const out = gr.Textbox({label: 'Out'});
    go.click((who: string) => `hi ${who}`, [name], [out]);
    if (submits) name.submit((who: string) => `hi ${who}`, [name], [out]);
  });
}

async function show(blocks: gr.Blocks, columns: number, clock?: Clock) {
  const terminal = new TestTerminal(columns, 24);
  mounted = mountApp(blocks.session(), terminal, {clock});
  await mounted.settled();
  const type = async (keys: string) => {
    terminal.type(keys);
    await mounted?.settled();
  };
  const lines = async () => (await terminal.screen()).split('\n');
  return {terminal, type, lines, footer: async () => (await lines()).at(-1)};
}

describe('the footer', () => {
  test.each([
    [120, 'Enter submit · ←/→ move · Ctrl+U clear · Tab next · Shift+Tab back · F1 help · Ctrl+C quit'],
    [80, 'Enter submit · ←/→ move · Ctrl+U clear · Tab next · F1 help · Ctrl+C quit'],
    [60, 'Enter submit · ←/→ move · Tab next · F1 help · Ctrl+C quit'],
    [40, 'Enter submit · F1 help · Ctrl+C quit'],
  ])('in a box with a submit listener, at %i columns: %s', async (columns, expected) => {
    const screen = await show(app(true), columns);
    expect(await screen.footer()).toBe(expected);
  });

  test('says "Enter submit" only where Enter does something', async () => {
    const screen = await show(app(false), 120);
    expect(await screen.footer()).toBe('←/→ move · Ctrl+U clear · Tab next · Shift+Tab back · F1 help · Ctrl+C quit');
  });

  test.each([
    [80, 'Enter/Space click · Tab next · Shift+Tab back · ? help · Ctrl+C quit'],
    [52, 'Enter/Space click · Tab next · ? help · Ctrl+C quit'],
    [40, 'Enter/Space click · ? help · Ctrl+C quit'],
  ])('on a button, at %i columns, never cuts a hint in half', async (columns, expected) => {
    const screen = await show(app(true), columns);
    await screen.type('\t');
    expect(await screen.footer()).toBe(expected);
  });
});

describe('the help panel', () => {
  test("? on a button opens it over the screen, listing the button's keys and those that work everywhere", async () => {
    const screen = await show(app(true), 60);
    await screen.type('\t?');
    const lines = await screen.lines();
    const panel = lines.filter(line => /^ *[╭│╰]/.test(line) && /[╮│╯]$/.test(line.trimEnd()));
    expect(panel.map(line => line.trim())).toEqual(
      expect.arrayContaining([
        '│ Keys for this button               │',
        '│   Enter/Space click                │',
        '│ Keys everywhere                    │',
        '│   Tab, Shift+Tab  next, previous   │',
        '│   ?, F1           this help        │',
        '│   Ctrl+C          quit             │',
        '│   (in a text box, ? types: use F1) │',
        '│ Any key closes this help.          │',
      ]),
    );
  });

  test('any key closes it and does nothing else; in a text box ? is typed and F1 opens it', async () => {
    const blocks = app(true);
    const screen = await show(blocks, 80);
    await screen.type('?');
    expect(mounted?.session.value(blocks.components[0] as gr.Textbox)).toBe('?');
    expect((await screen.lines()).join('\n')).not.toContain('Keys for this');
    await screen.type('\u001bOP');
    expect((await screen.lines()).join('\n')).toContain('Keys for this text box');
    expect((await screen.lines()).join('\n')).toContain('Enter submit');
    await screen.type('x');
    expect((await screen.lines()).join('\n')).not.toContain('Keys for this');
    expect(mounted?.session.value(blocks.components[0] as gr.Textbox)).toBe('?');
  });
});

test('typing on a button says where typing goes, for two seconds', async () => {
  const clock = manualClock();
  const screen = await show(app(true), 80, clock);
  await screen.type('\tabc');
  expect(await screen.footer()).toBe('Tab to a text box to type · Enter/Space click · Tab next · ? help · Ctrl+C quit');
  clock.advance(2001);
  await mounted?.settled();
  expect(await screen.footer()).toBe('Enter/Space click · Tab next · Shift+Tab back · ? help · Ctrl+C quit');
});
