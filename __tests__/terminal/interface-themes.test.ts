import {afterEach, expect, jest, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {paletteFor} from '../../source/terminal/palette.js';
import {TestTerminal} from '../helpers/screen.js';

// Gradio's high-level apps take `theme` as gr.Blocks does and build their Blocks with it: the
// primary Submit / Send button is read back from a real terminal emulator in the theme's colour.

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  await mounted?.session.close();
  mounted = undefined;
  jest.restoreAllMocks();
});

/** The foreground of the first cell of `text` on the screen: '#rrggbb', an ANSI colour number, or 'default'. */
async function colourOf(app: gr.Blocks, text: string): Promise<string> {
  const terminal = new TestTerminal(80, 24);
  mounted = mountApp(app.session(), terminal, {themeMode: 'dark'});
  await mounted.settled();
  await terminal.screen();
  const buffer = terminal.emulator.buffer.active;
  for (let y = 0; y < terminal.emulator.rows; y++) {
    const x = buffer.getLine(y)?.translateToString().indexOf(text) ?? -1;
    if (x < 0) continue;
    const cell = buffer.getLine(y)?.getCell(x);
    if (!cell || cell.isFgDefault()) return 'default';
    return cell.isFgRGB() ? `#${cell.getFgColor().toString(16).padStart(6, '0')}` : String(cell.getFgColor());
  }
  throw new Error(`"${text}" is not on the screen`);
}

const soft = paletteFor(gr.themes.Soft(), 'dark');

test('gr.Interface({theme}) draws its primary Submit button in the theme, and logs no ignored option', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  const demo = gr.Interface({fn: (x: string) => x, inputs: 'text', outputs: 'text', theme: gr.themes.Soft()});
  expect(await colourOf(demo, 'Submit')).toBe(soft.primary);
  expect(soft.primary).toBe('#6366f1'); // Soft's indigo-500, not the Default blue
  expect(warn).not.toHaveBeenCalled();
});

test("gr.ChatInterface takes a built-in theme's name and draws its Submit in it", async () => {
  const demo = gr.ChatInterface((m: string) => m, {theme: 'ocean'});
  expect(await colourOf(demo, 'Submit')).toBe(paletteFor(gr.themes.Ocean(), 'dark').primary);
});

test("gr.TabbedInterface's theme is the whole screen's: the tabs' Interfaces are drawn in it", async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  const a = gr.Interface((x: string) => x, 'text', 'text');
  const b = gr.Interface((x: string) => x.length, 'text', 'number');
  const demo = gr.TabbedInterface([a, b], ['Echo', 'Length'], {theme: gr.themes.Citrus(), css: 'h1 {}'});
  expect(await colourOf(demo, 'Submit')).toBe(paletteFor(gr.themes.Citrus(), 'dark').primary);
  expect(warn.mock.calls).toEqual([
    ['termblocks: gr.TabbedInterface ignores css: flagging, example caching and browser options do not apply in a terminal'],
  ]);
});
