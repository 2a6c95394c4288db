// Buttons side by side in a Row are as tall as each other, as in Gradio, and a label
// that wraps is centred line by line inside its box.
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

async function screen(columns: number): Promise<string[]> {
  const demo = gr.Blocks({title: 'Buttons'}, () => {
    gr.Row(() => {
      gr.Button('Add one');
      gr.Button('Subtract a very large number from the total');
      gr.Button('Clear', {variant: 'stop'});
    });
  });
  const terminal = new TestTerminal(columns, 20);
  mounted = mountApp(demo.session(), terminal);
  await mounted.settled();
  return (await terminal.screen()).split('\n');
}

/** The rows of the box whose top-left corner is at (row, column): its text lines, and its bottom row. */
function box(lines: string[], row: number, column: number) {
  const chars = (line: string) => [...line];
  const width =
    chars(lines[row] ?? '')
      .slice(column + 1)
      .findIndex(c => '╮┓'.includes(c)) + 2;
  let bottom = row + 1;
  while (!'╰┗'.includes(chars(lines[bottom] ?? '')[column] ?? '')) bottom++;
  const inside = lines.slice(row + 1, bottom).map(line =>
    chars(line)
      .slice(column + 1, column + width - 1)
      .join(''),
  );
  return {bottom, inside};
}

/** Spaces before and after a line's text. */
function margins(line: string): [number, number] {
  return [line.length - line.trimStart().length, line.length - line.trimEnd().length];
}

test.each([50, 80])('at %i columns the three buttons share their top and bottom rows, labels centred', async columns => {
  const lines = await screen(columns);
  const top = lines.findIndex(line => /[╭┏]/.test(line));
  const corners = [...(lines[top] ?? '')].flatMap((c, i) => ('╭┏'.includes(c) ? [i] : []));
  // Each button on the first row of boxes (at 50 columns the third wraps below the Row's width).
  const boxes = corners.map(column => box(lines, top, column));
  expect(new Set(boxes.map(b => b.bottom)).size).toBe(1);
  const words = boxes.flatMap(b => b.inside.join(' ').split(/\s+/).filter(Boolean));
  expect(words.join(' ')).toContain('Subtract a very large number from the total');
  for (const {inside} of boxes) {
    for (const line of inside.filter(text => text.trim() !== '')) {
      const [left, right] = margins(line);
      expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
    }
  }
  // The long label wrapped: its box is taller than one line of text, and so are the others.
  expect(boxes[0]?.inside.length).toBeGreaterThan(1);
});
