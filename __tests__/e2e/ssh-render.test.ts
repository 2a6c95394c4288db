// Over OpenSSH, each user of a gr.render app has their own layout: Gradio's render_merge_simple
// (count the boxes), two users, two numbers of boxes.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const hasSsh = spawnSync('ssh', ['-V']).status === 0;
const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the end-to-end test of gr.render under termblocks serve');

const panes: TmuxPane[] = [];
let server: ChildProcess | undefined;
const state = mkdtempSync(join(tmpdir(), 'termblocks-e2e-ssh-render-'));
afterEach(async () => {
  for (const pane of panes.splice(0)) pane.kill();
  const child = server;
  server = undefined;
  if (!child) return;
  // Wait for the server to exit and close its pipes, so Jest has nothing left running.
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise(resolve => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
});
afterAll(() => rmSync(state, {recursive: true, force: true}));

/** Starts the real CLI with CI set, as a server in a CI job would run, and reads the port it printed. */
async function serve(app: string): Promise<number> {
  const child = spawn('node', [join(root, 'bin/termblocks.js'), 'serve', app, '--port', '0'], {
    cwd: root,
    env: {...process.env, CI: 'true', CI_JOB_ID: '1', XDG_STATE_HOME: state},
  });
  server = child;
  let output = '';
  child.stderr?.on('data', data => {
    output += data.toString();
  });
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const match = /ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output);
    if (match) return Number(match[1]);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not start:\n${output}`);
}

function ssh(port: number, user: string): TmuxPane {
  const command = `ssh -tt -p ${port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ${user}@127.0.0.1; echo "ssh exit $?"; sleep 60`;
  const pane = new TmuxPane(command, {columns: 80, rows: 30});
  panes.push(pane);
  return pane;
}

/** The labels of the boxes a screen shows, in order. */
function boxes(screen: string): string[] {
  return screen.match(/^Box \d+/gm) ?? [];
}

runs('two OpenSSH users of the count-the-boxes demo see different numbers of boxes', async () => {
  const port = await serve('examples/gradio/render_merge_simple.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob');
  await alice.waitFor(/Box 0/);
  await bob.waitFor(/Box 0/);
  // Add Box has the focus at start: Alice adds two boxes, Bob one.
  alice.send('Enter');
  await alice.waitFor(/Box 1/);
  alice.send('Enter');
  const aliceScreen = await alice.waitFor(/Box 2/);
  bob.send('Enter');
  const bobScreen = await bob.waitFor(/Box 1/);
  expect(boxes(aliceScreen)).toEqual(['Box 0', 'Box 1', 'Box 2']);
  expect(boxes(bobScreen)).toEqual(['Box 0', 'Box 1']);
  // Bob's box changed nothing on Alice's screen, and Alice's boxes are still hers alone.
  expect(boxes(alice.screen())).toEqual(['Box 0', 'Box 1', 'Box 2']);
  // Tab order follows each user's own tree: Bob's Tab reaches his last box, then Merge.
  bob.send('Tab', 'Tab', 'x', 'Tab', 'Enter');
  await bob.waitFor(/Merged Output\n╭─+╮\n│ {2}x +│/);
  alice.send('C-c');
  await alice.waitFor(/ssh exit 0/);
  bob.send('C-c');
  await bob.waitFor(/ssh exit 0/);
});
