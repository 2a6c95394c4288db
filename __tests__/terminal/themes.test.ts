import {afterEach, describe, expect, test} from '@jest/globals';
import type xterm from '@xterm/headless';
import * as gr from 'termblocks';
import type {MountedApp, MountOptions} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {type Palette, paletteFor} from '../../source/terminal/palette.js';
import {TestTerminal} from '../helpers/screen.js';

// Each theme on one small app (a text box, a primary button that shows an info toast): the
// colours a user sees are read back cell by cell from a real terminal emulator.

let mounted: MountedApp | undefined;
/** Unmounts and closes the session (its toast's timer with it). */
async function close(): Promise<void> {
  await mounted?.unmount();
  await mounted?.session.close();
  mounted = undefined;
}
afterEach(close);

function fixture(theme?: gr.themes.Base | string) {
  return gr.Blocks({title: 'Themed', theme}, () => {
    const name = gr.Textbox({label: 'Name'});
    const go = gr.Button('Greet', {variant: 'primary'});
    go.click(() => gr.Info('hello'), [name], []);
  });
}

/** The app focused on its text box, after its button was pressed (so an info toast shows). */
async function themedScreen(theme: gr.themes.Base | string | undefined, options: MountOptions = {}) {
  const terminal = new TestTerminal(40, 14);
  mounted = mountApp(fixture(theme).session(), terminal, options);
  await mounted.settled();
  terminal.type('\t');
  await mounted.settled();
  terminal.type('\r');
  await mounted.settled();
  terminal.type('\u001b[Z');
  await mounted.settled();
  await terminal.screen();
  return terminal;
}

/** A cell's foreground as the palette names it: '#rrggbb' for a true colour, the ANSI name for one of the 16, or 'default'. */
function foreground(emulator: InstanceType<typeof xterm.Terminal>, x: number, y: number): string {
  const cell = emulator.buffer.active.getLine(y)?.getCell(x);
  if (!cell || cell.isFgDefault()) return 'default';
  if (cell.isFgRGB()) return `#${cell.getFgColor().toString(16).padStart(6, '0')}`;
  const names = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray'];
  return names[cell.getFgColor()] ?? String(cell.getFgColor());
}

/** Where `text` starts on the screen. */
function find(emulator: InstanceType<typeof xterm.Terminal>, text: string): {x: number; y: number} {
  for (let y = 0; y < emulator.rows; y++) {
    const x = emulator.buffer.active.getLine(y)?.translateToString().indexOf(text) ?? -1;
    if (x >= 0) return {x, y};
  }
  throw new Error(`"${text}" is not on the screen`);
}

/** The colours of the fixture's parts as drawn: focused box and label, primary button, toast. */
function drawnColours(terminal: TestTerminal) {
  const e = terminal.emulator;
  const label = find(e, 'Name');
  const button = find(e, 'Greet');
  const toast = find(e, 'ℹ Info');
  return {
    focusBorder: foreground(e, label.x - 0, label.y + 1),
    focusLabel: foreground(e, label.x, label.y),
    buttonText: foreground(e, button.x, button.y),
    buttonBorder: foreground(e, button.x, button.y - 1),
    toast: foreground(e, toast.x, toast.y),
  };
}

const expected = (p: Palette) => ({
  focusBorder: p.focus,
  focusLabel: p.accent,
  buttonText: p.primary,
  buttonBorder: p.primary,
  toast: p.info,
});

describe.each([
  ['Default', () => gr.themes.Default()],
  ['Base', () => gr.themes.Base()],
  ['Soft', () => gr.themes.Soft()],
  ['Monochrome', () => gr.themes.Monochrome()],
  ['Glass', () => gr.themes.Glass()],
  ['Ocean', () => gr.themes.Ocean()],
  ['Citrus', () => gr.themes.Citrus()],
  ['Origin', () => gr.themes.Origin()],
])('gr.themes.%s()', (_name, make) => {
  test('draws the focused box, its label, the primary button and the toast in its palette, dark and light', async () => {
    for (const mode of ['dark', 'light'] as const) {
      const theme = make();
      const terminal = await themedScreen(theme, {themeMode: mode});
      expect(drawnColours(terminal)).toEqual(expected(paletteFor(theme, mode)));
      await close();
    }
  });
});

test('the Default theme keeps termblocks colours: named ones, and the focus cyan', async () => {
  const terminal = await themedScreen(undefined);
  expect(drawnColours(terminal)).toEqual({
    focusBorder: '#00fffe',
    focusLabel: 'cyan',
    buttonText: 'blue',
    buttonBorder: 'blue',
    toast: 'blue',
  });
});

test("each theme is drawn from its Gradio hues: Soft's indigo, Ocean's emerald, Citrus's amber", async () => {
  const primaries = [];
  for (const theme of ['soft', 'ocean', 'citrus']) {
    primaries.push(drawnColours(await themedScreen(theme)).buttonText);
    await close();
  }
  // indigo-500, emerald-500, amber-500: Gradio's primary hues for these themes.
  expect(primaries).toEqual(['#6366f1', '#10b981', '#f59e0b']);
});

test('a light terminal gets the darker shades, which read on white', async () => {
  const dark = drawnColours(await themedScreen(gr.themes.Soft(), {themeMode: 'dark'}));
  await close();
  const light = drawnColours(await themedScreen(gr.themes.Soft(), {themeMode: 'light'}));
  expect(dark).toEqual({
    focusBorder: '#a5b4fc',
    focusLabel: '#818cf8',
    buttonText: '#6366f1',
    buttonBorder: '#6366f1',
    toast: '#9ca3af',
  });
  expect(light).toEqual({
    focusBorder: '#4338ca',
    focusLabel: '#4f46e5',
    buttonText: '#4f46e5',
    buttonBorder: '#4f46e5',
    toast: '#4b5563',
  });
});

test('the theme and its hues can be given by name, as in Gradio', () => {
  expect(fixture('Soft').theme.name).toBe('soft');
  expect(gr.themes.Default({primaryHue: 'green'}).primaryHue).toBe(gr.themes.colors.green);
  expect(new gr.themes.Ocean().secondaryHue.c500).toBe('#0ea5e9');
  expect(() => fixture('sofft')).toThrow('there is no built-in theme "sofft"; use one of base, default, monochrome, soft');
  expect(() => gr.themes.Base({primaryHue: 'greeen'})).toThrow('primaryHue "greeen" is not a hue');
});

test('Default given other hues is drawn from them, not from the terminal colours', async () => {
  const terminal = await themedScreen(gr.themes.Default({primaryHue: gr.themes.colors.green}));
  expect(drawnColours(terminal).buttonText).toBe(gr.themes.colors.green.c500);
});

describe('NO_COLOR', () => {
  /** Every SGR parameter list the renderer wrote. */
  const sgrParams = (bytes: string) => [...bytes.matchAll(/\u001b\[([\d;]*)m/g)].map(m => m[1]);
  const isColour = (params: string) =>
    params.split(';').some(p => {
      const code = Number(p);
      return (code >= 30 && code <= 49) || (code >= 90 && code <= 107);
    });

  test('no colour escape reaches the terminal, for any theme, while focus and the primary button still show', async () => {
    for (const theme of ['default', 'soft', 'ocean']) {
      const terminal = new TestTerminal(40, 14);
      let bytes = '';
      const write = terminal.write.bind(terminal);
      terminal.write = data => {
        bytes += data;
        return write(data);
      };
      mounted = mountApp(fixture(theme).session(), terminal, {colours: false});
      await mounted.settled();
      terminal.type('\t\r\u001b[Z');
      await mounted.settled();
      expect(sgrParams(bytes).filter(isColour)).toEqual([]);
      const lines = (await terminal.screen()).split('\n');
      // The focused box has the heavy border; the primary button the double one; the toast its icon.
      const box = find(terminal.emulator, 'Name');
      expect(lines[box.y + 1]).toMatch(/^┏━+┓$/);
      const button = find(terminal.emulator, 'Greet');
      expect(lines[button.y - 1]).toMatch(/^╔═+╗$/);
      expect(lines[button.y]).toMatch(/^║ +Greet +║$/);
      expect(lines.some(line => line.startsWith('ℹ Info: hello'))).toBe(true);
      const label = find(terminal.emulator, 'Name');
      expect(terminal.emulator.buffer.active.getLine(label.y)?.getCell(label.x)?.isBold()).toBeTruthy();
      await close();
    }
  });

  test('a focused button shows inverse and a heavy border without colour', async () => {
    const terminal = new TestTerminal(40, 14);
    mounted = mountApp(fixture('soft').session(), terminal, {colours: false});
    await mounted.settled();
    terminal.type('\t');
    await mounted.settled();
    const lines = (await terminal.screen()).split('\n');
    const button = find(terminal.emulator, 'Greet');
    expect(lines[button.y - 1]).toMatch(/^┏━+┓$/);
    expect(terminal.emulator.buffer.active.getLine(button.y)?.getCell(button.x)?.isInverse()).toBeTruthy();
  });
});
