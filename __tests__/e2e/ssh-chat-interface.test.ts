import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const hasSsh = spawnSync('ssh', ['-V']).status === 0;
const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the end-to-end test of a ChatInterface under termblocks serve');

const panes: TmuxPane[] = [];
let server: ChildProcess | undefined;
const state = mkdtempSync(join(tmpdir(), 'termblocks-e2e-ssh-chat-'));
afterEach(() => {
  for (const pane of panes.splice(0)) pane.kill();
  server?.kill('SIGKILL');
  server = undefined;
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
  const pane = new TmuxPane(command, {columns: 80, rows: 24});
  panes.push(pane);
  return pane;
}

runs('two OpenSSH users of one ChatInterface each have their own history', async () => {
  const port = await serve('__tests__/fixtures/chat-memory.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob');
  await alice.waitFor(/Type a message/);
  await bob.waitFor(/Type a message/);
  alice.send('apples', 'Enter');
  await alice.waitFor(/alice: 0 before; first was apples/);
  bob.send('bananas', 'Enter');
  await bob.waitFor(/bob: 0 before; first was bananas/);
  alice.send('more', 'Enter');
  await alice.waitFor(/alice: 2 before; first was apples/);
  bob.send('again', 'Enter');
  // Bob's fn saw only Bob's two messages, never Alice's.
  const bobs = await bob.waitFor(/bob: 2 before; first was bananas/);
  expect(bobs).not.toMatch(/apples|alice/);
  expect(alice.screen()).not.toMatch(/bananas|bob/);
  // Clearing one chat leaves the other as it was.
  alice.send('Tab', 'Tab', 'Tab', 'Tab', 'Enter');
  await alice.waitFor(/Memory\nChatbot\n╭─+╮\n(│ +│\n)+╰/);
  bob.send('third', 'Enter');
  await bob.waitFor(/bob: 4 before; first was bananas/);
  alice.send('C-c');
  await alice.waitFor(/ssh exit 0/);
  bob.send('C-c');
  await bob.waitFor(/ssh exit 0/);
});
