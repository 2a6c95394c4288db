// The terminal's background (OSC 11) end to end: tmux answers the query itself from the pane's
// style (termblocks run); over OpenSSH (termblocks serve on loopback) the user's terminal, here
// this test, answers it through ssh. A light background gets the light palette, the answer's
// bytes never reach the focused text box, and a terminal that answers nothing still gets its
// first frame, in the dark fallback, once the wait times out.
import {join} from 'node:path';
import {expect, test} from '@jest/globals';
import {hasScript, hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const hangman = join(root, 'examples/hangman.ts');
const served = opensshServing('osc11');
const state = served.dir;

// The focused box's border: the focus colour of the Default theme, on a light and on a dark background.
const LIGHT_FOCUS = '38;2;14;116;144';
const DARK_FOCUS = '38;2;0;255;254';

async function waitUntil<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out; last seen:\n${String(value)}`);
    await new Promise(resolve => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** termblocks run in a tmux pane whose background tmux reports as `style` (tmux answers OSC 11 from it). */
async function runInTmux(style: string) {
  const pane = served.pane('sleep 120', {cwd: root, columns: 80, rows: 24, env: {XDG_STATE_HOME: state}});
  pane.tmux('set', '-g', 'window-style', style);
  pane.tmux('respawn-pane', '-k', `node ${root}bin/termblocks.js run ${hangman}; sleep 30`);
  await pane.waitFor(/Guess Letter/, 30000);
  const coloured = await waitUntil(
    () => pane.tmux('capture-pane', '-p', '-e'),
    screen => screen.includes(LIGHT_FOCUS) || screen.includes(DARK_FOCUS),
  );
  return {pane, light: coloured.includes(LIGHT_FOCUS), dark: coloured.includes(DARK_FOCUS)};
}

(hasTmux ? test : test.skip)(
  'in tmux, a white pane gets the light palette, a black one the dark, and the letter box holds only what was typed',
  async () => {
    const white = await runInTmux('bg=white');
    expect([white.light, white.dark]).toEqual([true, false]);
    white.pane.send('g');
    const screen = await white.pane.waitFor(/│ g +│/);
    // Row 4 is the focused letter box: nothing of tmux's answer (`rgb:ffff/...`, `?62;..c`) landed in it.
    expect(screen.split('\n')[3]).toMatch(/^│ g +│ │ _+ +│$/);
    white.pane.kill();
    const black = await runInTmux('bg=black');
    expect([black.light, black.dark]).toEqual([false, true]);
  },
  90_000,
);

/**
 * termblocks serve on loopback and OpenSSH under script(1); this test is the user's terminal: it
 * reads ssh's output into an emulator and, when `answer` is given, answers the background query.
 */
async function serveOverSsh(answer: string | undefined) {
  const port = await served.serve(hangman, {ci: false, startTimeoutMs: 30000});
  const user = served.terminal(port, 'ada', {columns: 80, rows: 24});
  let raw = '';
  const times: {query?: number; frame?: number} = {};
  user.client.stdout?.on('data', (data: Buffer) => {
    raw += data.toString();
    if (times.query === undefined && raw.includes('\u001b]11;?')) {
      times.query = Date.now();
      // As a terminal answers: the colour (ended by ST), then DA1's answer.
      if (answer) user.send(`\u001b]11;${answer}\u001b\\\u001b[?62;22c`);
    }
    if (times.frame === undefined && times.query !== undefined && raw.includes('Guess Letter')) times.frame = Date.now();
  });
  await waitUntil(user.screen, text => text.includes('Guess Letter'));
  /** The focused letter box's top-left corner's colour, as the emulator holds it. */
  const focusBorder = () => {
    const cell = user.emulator.buffer.active.getLine(2)?.getCell(0);
    return cell?.isFgRGB() ? cell.getFgColor().toString(16).padStart(6, '0') : 'not a true colour';
  };
  return {...user, focusBorder, times};
}

(hasSsh && hasScript ? test : test.skip)(
  'over OpenSSH, a terminal that answers white gets the light palette from the first frame, and its answer never shows',
  async () => {
    const user = await serveOverSsh('rgb:ffff/ffff/ffff');
    expect(user.focusBorder()).toBe('0e7490');
    user.send('g');
    const screen = await waitUntil(user.screen, text => /│ g +│/.test(text));
    expect(screen.split('\n')[3]).toMatch(/^│ g +│ │ _+ +│$/);
    expect(screen).not.toMatch(/rgb|ffff|62;22/);
    await user.end();
  },
  60_000,
);

(hasSsh && hasScript ? test : test.skip)(
  'over OpenSSH, a terminal that answers nothing gets its first frame in the dark fallback once the wait times out',
  async () => {
    const user = await serveOverSsh(undefined);
    expect(user.focusBorder()).toBe('00fffe');
    const waited = (user.times.frame ?? Number.NaN) - (user.times.query ?? Number.NaN);
    // 300 ms of waiting for an answer, then one frame; generous, as this machine may be busy.
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3000);
    await user.end();
  },
  60_000,
);
