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
  expect(screen.split('\n').at(-1)).toMatch(/^Enter submit/);
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
