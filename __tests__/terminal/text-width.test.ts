// What the layout measures and what the terminal draws must agree on every character,
// or a user's text shifts the borders of every box beside it, for every viewer.
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {sanitize} from '../../source/terminal/sanitize.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

/** Strings that once misaligned boxes: bidi overrides and isolates, marks, zero-width characters, tags. */
const TRICKY: [string, string][] = [
  ['right-to-left override', 'abc\u202Edef'],
  ['isolates', '\u2066left\u2069 \u2067right\u2069 \u2068first\u2069'],
  ['right-to-left mark', 'name\u200F: hi'],
  ['zero-width space and joiner', 'x\u200By\u200Dz'],
  ['soft hyphen', 'hy\u00ADphen'],
  ['word joiner and BOM', 'a\u2060b\uFEFFc'],
  ['tag characters', 'flag\u{E0067}\u{E0062}'],
  ['variation selector', 'heart \u2764\uFE0F'],
  ['four overrides in a row', '\u202E\u202D\u202B\u202Aend'],
];

test.each(TRICKY)('the sanitizer removes what has no width of its own: %s', (_name, text) => {
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: looking for either one alone
  expect(sanitize(text)).not.toMatch(/[\p{Cf}\uFE0F]/u);
});

test('a ZWJ emoji sequence shows as its parts, and a skin tone modifier is dropped', () => {
  expect(sanitize('👨\u200D👩\u200D👧')).toBe('👨👩👧');
  expect(sanitize('👍\u{1F3FD}')).toBe('👍');
});

test.each(TRICKY)("a box's right border stays at the screen's edge whatever its text: %s", async (_name, text) => {
  const app = gr.Blocks(() => {
    gr.Textbox({label: 'Text', value: text});
    gr.Row(() => {
      gr.Textbox({label: 'Left', value: text});
      gr.Textbox({label: 'Right', value: 'r'});
    });
  });
  const terminal = new TestTerminal(100, 20);
  mounted = mountApp(app.session(), terminal);
  await mounted.settled();
  const lines = (await terminal.screen()).split('\n');
  const boxLines = lines.filter(line => line.startsWith('│'));
  expect(boxLines.length).toBeGreaterThanOrEqual(2);
  // Each box line ends in its border at column 100, the last one of the screen.
  for (const line of boxLines) expect([...line].length).toBe(100);
  expect(lines.some(line => /^│ .*│ │ r +│$/.test(line))).toBe(true);
});
