// In a real terminal (tmux, with the system's character widths), boxes holding emoji
// sequences, CJK and format characters keep their right borders at the screen's edge.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import stringWidth from 'string-width';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(root, 'tmp-wide-text-'));
let pane: TmuxPane | undefined;
afterEach(() => pane?.kill());
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const TEXTS = [
  'family 👨\\u200D👩\\u200D👧 here',
  'thumbs 👍\\u{1F3FD} up',
  '漢字かな交じり文',
  'rtl \\u202Edesrever\\u202C done',
  'heart \\u2764\\uFE0F and 🎉',
];

(hasTmux ? test : test.skip)(
  'every box line is exactly as wide as the screen, its border last',
  async () => {
    writeFileSync(
      join(dir, 'app.ts'),
      [
        "import * as gr from 'termblocks';",
        'export default gr.Blocks(() => {',
        ...TEXTS.map((text, i) => `  gr.Textbox({label: 'T${i}', value: '${text}', interactive: false});`),
        '});',
        '',
      ].join('\n'),
    );
    pane = new TmuxPane(`node ${root}bin/termblocks.js run app.ts; sleep 30`, {cwd: dir, columns: 80, rows: 30});
    const screen = await pane.waitFor(/T4[\s\S]*╰/);
    const boxLines = screen.split('\n').filter(line => /^[│╭╰]/.test(line));
    expect(boxLines.length).toBe(TEXTS.length * 3);
    for (const line of boxLines) {
      expect({line, width: stringWidth(line)}).toEqual({line, width: 80});
      expect(line.at(-1)).toMatch(/[│╮╯]/);
    }
    expect(screen).toContain('👨👩👧');
  },
  30_000,
);
