import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {runTape} from '../../source/script/run-tape.js';
import {mountApp} from '../../source/terminal/mount.js';

// A tape records the app's theme: `Set Theme` gives the terminal's own colours (and so dark or
// light), the app's theme picks which colours its parts are drawn in.

const app = () =>
  gr.Blocks({title: 'Tide', theme: gr.themes.Ocean()}, () => {
    gr.Textbox({label: 'Name'});
    gr.Button('Go', {variant: 'primary'});
  });

/** Every colour the picture uses. */
const colours = (svg: string) => new Set(svg.match(/#[0-9a-f]{6}/g));

async function play(setTheme: string) {
  const tape = `${setTheme}\nSet Width 800\nSet Height 500\nTab\nTab\nExpect "Go"\n`;
  return runTape({tape, tapeFile: 'tide.tape', app: app(), mount: mountApp, fast: true, writeFiles: false});
}

test("on VHS's default (dark) terminal, the .cast and the .svg show the theme's dark shades", async () => {
  const result = await play('');
  const {emerald, sky} = gr.themes.colors;
  // The primary button's border in emerald-500, the focused box's in sky-300, as true colours.
  expect(result.cast).toContain(JSON.stringify('\u001b[38;2;16;185;129m').slice(1, -1));
  const shown = colours(result.svg);
  expect([shown.has(emerald.c500), shown.has(sky.c300), shown.has(emerald.c600), shown.has(sky.c700)]).toEqual([
    true,
    true,
    false,
    false,
  ]);
});

test('under a light Set Theme, the same app is drawn in its light shades, on that theme’s background', async () => {
  const result = await play('Set Theme "Catppuccin Latte"');
  const {emerald, sky} = gr.themes.colors;
  const shown = colours(result.svg);
  expect([shown.has('#eff1f5'), shown.has(emerald.c600), shown.has(sky.c700), shown.has(emerald.c500)]).toEqual([
    true,
    true,
    true,
    false,
  ]);
});
