// The mouse on lists, tables, tabs and long boxes, end to end: the raw SGR reports a
// terminal sends are written to OpenSSH's input (against termblocks serve on loopback)
// and typed into tmux (termblocks run), and the test reads the screen the user sees.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import xterm from '@xterm/headless';
import {readScreen} from '../helpers/screen.js';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const app = join(root, '__tests__/fixtures/mouse-app.ts');
const hasSsh = spawnSync('ssh', ['-V']).status === 0;
// OpenSSH sends the server its input's window size; `script` gives it a terminal of a known size to read.
const hasScript = spawnSync('script', ['--version']).status === 0;
const state = mkdtempSync(join(tmpdir(), 'termblocks-e2e-mouse-'));
const children: ChildProcess[] = [];
const panes: TmuxPane[] = [];
afterEach(() => {
  for (const pane of panes.splice(0)) pane.kill();
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(() => rmSync(state, {recursive: true, force: true}));

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
    const server = spawn('node', [join(root, 'bin/termblocks.js'), 'serve', app, '--port', '0'], {
      cwd: root,
      env: {...process.env, XDG_STATE_HOME: state},
    });
    children.push(server);
    let log = '';
    server.stderr?.on('data', data => {
      log += data.toString();
    });
    const port = (await waitUntil(() => log, /ssh:\/\/127\.0\.0\.1:\d+/, 30000)).match(/127\.0\.0\.1:(\d+)/)?.[1];
    const ssh = `ssh -tt -p ${port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ada@127.0.0.1`;
    const client = spawn('script', ['-q', '-e', '-c', `stty cols 60 rows 20 && exec ${ssh}`, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.push(client);
    const emulator = new xterm.Terminal({cols: 60, rows: 20, allowProposedApi: true});
    client.stdout?.on('data', (data: Buffer) => emulator.write(data));
    const screen = () => readScreen(emulator);
    /** Writes the bytes to OpenSSH's input, as the user's terminal would. */
    const send = (bytes: string) => client.stdin?.write(bytes);

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
    send('\u0003');
    await new Promise<void>(resolve => client.once('exit', () => resolve()));
    emulator.dispose();
  },
  60_000,
);

(hasTmux ? test : test.skip)(
  'termblocks run in tmux: a click opens a tab, the wheel scrolls the chat under it, and a click on an example fills the inputs',
  async () => {
    const pane = new TmuxPane(`node ${root}bin/termblocks.js run ${app}; sleep 30`, {
      cwd: root,
      columns: 60,
      rows: 20,
      env: {XDG_STATE_HOME: state},
    });
    panes.push(pane);
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
