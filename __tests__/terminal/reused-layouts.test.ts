// A frame that leaves every layout's inputs alone re-runs only the component views (live-body.tsx).
// Here every example is played twice, side by side: once so, once with the whole tree rendered on
// every frame (redrawLayouts, the renderer as it was). The same random keys go to both, and after
// each key both screens must show the same characters in the same colours and styles.
import {readdirSync} from 'node:fs';
import {afterEach, expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {readScreen, TestTerminal} from '../helpers/screen.js';

const examples = new URL('../../examples/', import.meta.url);
// Left out: apps whose screens depend on the time or on chance (a Timer, random replies), and
// those whose module-level state the two sessions share (one's score shows on the other's board).
const LEFT_OUT = new Set([
  'chatroom.ts',
  'form.ts',
  'scores.ts',
  'gradio/chatbot_streaming.ts',
  'gradio/timer.ts',
  'gradio/score_tracker.ts',
]);
const apps = [
  ...readdirSync(examples).filter(name => name.endsWith('.ts')),
  ...readdirSync(new URL('gradio/', examples))
    .filter(name => name.endsWith('.ts'))
    .map(name => `gradio/${name}`),
].filter(name => !LEFT_OUT.has(name));

/** Keys a user reaches for: moving between controls, typing, choosing, submitting, paging and help. */
const KEYS = [
  '\t',
  '\t',
  '\x1b[Z',
  'a',
  'g',
  'o',
  '3',
  ' ',
  '\r',
  '\x7f',
  '\x1b[A',
  '\x1b[B',
  '\x1b[C',
  '\x1b[D',
  '\x1b[6~',
  '\x1b[5~',
  '?',
  '\x1bOP',
  '\x1b[H',
  '\x1b[F',
];
const SIZES: [number, number][] = [
  [80, 24],
  [50, 16],
  [120, 40],
];

/** A small seeded generator (mulberry32), so a failing seed plays the same keys again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The screen, each cell as its character with its colours and styles. */
async function styledScreen(terminal: TestTerminal): Promise<string> {
  await readScreen(terminal.emulator);
  const buffer = terminal.emulator.buffer.active;
  const rows: string[] = [];
  for (let y = 0; y < terminal.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    let row = '';
    for (let x = 0; x < terminal.columns; x++) {
      const cell = line?.getCell(x);
      if (!cell) continue;
      const style = [cell.getFgColorMode(), cell.getFgColor(), cell.getBgColorMode(), cell.getBgColor()];
      style.push(cell.isBold(), cell.isDim(), cell.isInverse(), cell.isUnderline(), cell.isItalic());
      row += `${cell.getChars() || ' '}${style.join(',')};`;
    }
    rows.push(row);
  }
  return rows.join('\n');
}

const open: {mounted: MountedApp; session: gr.Session}[] = [];
afterEach(async () => {
  for (const {mounted, session} of open.splice(0)) {
    await mounted.unmount();
    await session.close();
  }
});

test.each(apps)(
  '%s draws the same screens whether or not its layouts are rendered again',
  async app => {
    const demo = (await import(new URL(app, examples).href)).default as gr.Blocks;
    const next = random([...app].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) >>> 0);
    const screens = [false, true].map(redrawLayouts => {
      const terminal = new TestTerminal(80, 24);
      const session = demo.session();
      const mounted = mountApp(session, terminal, {redrawLayouts});
      open.push({mounted, session});
      return {terminal, mounted};
    });
    const played: string[] = [];
    const compare = async () => {
      await Promise.all(screens.map(s => s.mounted.settled()));
      const [reused, redrawn] = await Promise.all(screens.map(s => styledScreen(s.terminal)));
      // On a difference, the keys so far say how to get there.
      if (reused !== redrawn)
        expect({played, screen: await screens[0].terminal.screen()}).toEqual({
          played,
          screen: await screens[1].terminal.screen(),
        });
      expect(reused).toBe(redrawn);
    };
    await compare();
    for (let step = 0; step < 80; step++) {
      if (step % 30 === 29) {
        const [columns, rows] = SIZES[Math.floor(next() * SIZES.length)];
        played.push(`resize ${columns}×${rows}`);
        for (const s of screens) s.terminal.resize(columns, rows);
      } else {
        const key = KEYS[Math.floor(next() * KEYS.length)];
        played.push(JSON.stringify(key));
        for (const s of screens) s.terminal.type(key);
      }
      await compare();
    }
  },
  60_000,
);
