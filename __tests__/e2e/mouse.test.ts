// The mouse end to end: SGR mouse reports typed into a real terminal (tmux) reach the
// app through termblocks run, and through OpenSSH to termblocks serve; a click presses
// the button it lands on. A terminal sends these same bytes when the app turns reporting on.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const hasSsh = spawnSync('ssh', ['-V']).status === 0;
const dir = mkdtempSync(join(root, 'tmp-mouse-'));
const panes: TmuxPane[] = [];
let server: ChildProcess | undefined;
afterEach(() => {
  for (const pane of panes.splice(0)) pane.kill();
  server?.kill('SIGKILL');
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

writeFileSync(
  join(dir, 'app.ts'),
  `import * as gr from 'termblocks';
export default gr.Blocks({title: 'Clicks'}, () => {
  const count = gr.State(0);
  const go = gr.Button('Count me');
  const out = gr.Textbox({label: 'Clicks', value: 'none yet'});
  go.click((n: number) => [n + 1, \`clicked \${n + 1} times\`], [count], [count, out]);
});
`,
);

/** A left press and release at the 1-based cell (column, row), as a terminal reports them. */
function click(pane: TmuxPane, column: number, row: number): void {
  pane.tmux('send-keys', '-l', `\u001b[<0;${column};${row}M\u001b[<0;${column};${row}m`);
}

/** The 1-based row of the first line holding `text`. */
function rowOf(screen: string, text: string): number {
  return screen.split('\n').findIndex(line => line.includes(text)) + 1;
}

(hasTmux ? test : test.skip)(
  'termblocks run: a click on the button presses it, twice for two clicks',
  async () => {
    const pane = new TmuxPane(`node ${root}bin/termblocks.js run app.ts; sleep 30`, {cwd: dir, columns: 60, rows: 16});
    panes.push(pane);
    const screen = await pane.waitFor(/none yet/);
    const row = rowOf(screen, 'Count me');
    click(pane, 30, row);
    await pane.waitFor(/clicked 1 times/);
    click(pane, 30, row);
    await pane.waitFor(/clicked 2 times/);
    // A click where nothing is drawn does nothing.
    click(pane, 30, 15);
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(pane.screen()).toContain('clicked 2 times');
  },
  30_000,
);

(hasTmux && hasSsh ? test : test.skip)(
  'termblocks serve: a click through OpenSSH presses the button',
  async () => {
    server = spawn('node', [join(root, 'bin/termblocks.js'), 'serve', 'app.ts', '--port', '0'], {
      cwd: dir,
      env: {...process.env, XDG_STATE_HOME: join(dir, 'state')},
    });
    let output = '';
    server.stderr?.on('data', data => {
      output += data.toString();
    });
    const deadline = Date.now() + 30000;
    while (!/ssh:\/\/127\.0\.0\.1:\d+/.test(output) && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
    const port = /ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    expect({port, output}).toEqual({port: expect.any(String), output});
    const pane = new TmuxPane(
      `ssh -tt -p ${port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ada@127.0.0.1; sleep 30`,
      {columns: 60, rows: 16},
    );
    panes.push(pane);
    const screen = await pane.waitFor(/none yet/);
    click(pane, 30, rowOf(screen, 'Count me'));
    await pane.waitFor(/clicked 1 times/);
  },
  40_000,
);
