// The mouse on lists, tables, tabs and long boxes, end to end: the raw SGR reports a
// terminal sends are written to OpenSSH's input (against termblocks serve on loopback)
// and typed into tmux (termblocks run), and the test reads the screen the user sees.
import {join} from 'node:path';
import {expect, test} from '@jest/globals';
import {hasScript, hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const app = join(root, '__tests__/fixtures/mouse-app.ts');
const served = opensshServing('mouse');
const state = served.dir;

const press = (column: number, row: number) => `\u001b[<0;${column};${row}M\u001b[<0;${column};${row}m`;
const wheel = (down: boolean, column: number, row: number) => `\u001b[<${down ? 65 : 64};${column};${row}M`;

/** The 1-based cell where `text` first stands on the screen (not inside a longer word). */
function cellOf(screen: string, text: string): {column: number; row: number} {
  const lines = screen.split('\n');
  for (let row = 0; row < lines.length; row++) {
    const at = lines[row].search(new RegExp(`(?<![\\w])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`));
    if (at >= 0) return {column: at + 1, row: row + 1};
  }
  throw new Error(`"${text}" is not on the screen:\n${screen}`);
}

async function waitUntil(read: () => Promise<string> | string, pattern: RegExp, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = await read();
    if (pattern.test(screen)) return screen;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${screen}`);
}

(hasSsh && hasScript ? test : test.skip)(
  'termblocks serve, through OpenSSH -tt: clicks pick an example, open the dropdown, pick its row; the wheel scrolls; a click orders',
  async () => {
    const port = await served.serve(app, {ci: false, startTimeoutMs: 30000});
    // OpenSSH sends the server its input's window size; `script` gives it a terminal of a known size to read.
    const {screen, send, end} = served.terminal(port, 'ada', {columns: 60, rows: 20});

    let now = await waitUntil(screen, /Grace │ medium/);
    const grace = cellOf(now, 'Grace');
    send(press(grace.column, grace.row));
    now = await waitUntil(screen, /│ Grace\s+│\n/);
    expect(now).toContain('medium ▾');
    const size = cellOf(now, 'Size');
    send(press(size.column, size.row));
    now = await waitUntil(screen, /│ {3}large/);
    const large = cellOf(now, 'large');
    send(press(large.column, large.row));
    now = await waitUntil(screen, /large ▾/);
    // One notch down over the title line scrolls the page by three lines; the click then lands on the button as drawn now.
    const before = cellOf(now, 'Place order');
    send(wheel(true, 1, 1));
    now = await waitUntil(screen, new RegExp(`^(.*\\n){${before.row - 4}}.*Place order`));
    const order = cellOf(now, 'Place order');
    expect(order.row).toBe(before.row - 3);
    send(press(order.column, order.row));
    await waitUntil(screen, /Grace ordered large/);
    await end();
  },
  60_000,
);

(hasTmux ? test : test.skip)(
  'termblocks run in tmux: a click opens a tab, the wheel scrolls the chat under it, and a click on an example fills the inputs',
  async () => {
    const pane = served.pane(`node ${root}bin/termblocks.js run ${app}; sleep 30`, {
      cwd: root,
      columns: 60,
      rows: 20,
      env: {XDG_STATE_HOME: state},
    });
    const type = (bytes: string) => pane.tmux('send-keys', '-l', bytes);
    let now = await pane.waitFor(/Grace │ medium/, 30000);
    const history = cellOf(now, 'History');
    type(press(history.column, history.row));
    now = await pane.waitFor(/message 30/);
    const log = cellOf(now, 'message 28');
    for (let i = 0; i < 3; i++) type(wheel(false, log.column, log.row));
    now = await pane.waitFor(/message 21/);
    expect(now).not.toContain('message 30');
    // The title stays put: the chat scrolled, not the page.
    expect(now.split('\n')[0]).toBe('Mouse orders');
    const orders = cellOf(now, 'Orders');
    type(press(orders.column, orders.row));
    now = await pane.waitFor(/Ada\s+│ small/);
    const ada = cellOf(now, 'Ada');
    type(press(ada.column, ada.row));
    now = await pane.waitFor(/│ Ada\s+│\n/);
    expect(now).toContain('small ▾');
  },
  60_000,
);
