import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

/** An app whose button fails with `message`, mounted on a terminal `columns` wide, after the click. */
async function failWith(message: string, columns: number): Promise<string[]> {
  const app = gr.Blocks({title: 'Fails'}, () => {
    const go = gr.Button('Go');
    go.click(() => {
      throw new gr.Error(message);
    });
  });
  const terminal = new TestTerminal(columns, 14);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  terminal.type('\r');
  await mounted.settled();
  return (await terminal.screen()).split('\n');
}

test('an error toast longer than the screen is wide wraps at word boundaries instead of being cut', async () => {
  const lines = await failWith('The word you guessed was already used in this round, so try another letter', 40);
  expect(lines.slice(-4, -1)).toEqual([
    '✖ Error: The word you guessed was',
    'already used in this round, so try',
    'another letter',
  ]);
  // The footer still has its own line under the toast.
  expect(lines.at(-1)).toBe('Enter/Space click · ? help · Ctrl+C quit');
});

test('a toast takes at most three lines, the last ending in an ellipsis, however long its message', async () => {
  const lines = await failWith('word '.repeat(2000), 30);
  const toast = lines.slice(-4, -1);
  expect(toast[0]).toBe('✖ Error: word word word word');
  expect(toast[2]).toMatch(/^word word .*…$/);
  for (const line of toast) expect(line.length).toBeLessThanOrEqual(30);
  expect(lines.filter(line => line.startsWith('word')).length).toBe(2);
});
