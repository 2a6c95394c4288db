// A client that stops reading, against the real `termblocks serve`: once its SSH window
// (2 MB) is spent the channel refuses more, the renderer stops writing and keeps only
// the latest frame, and after --output-stall-timeout the connection is cut, while
// another user on the same server goes on undisturbed. (Memory is not asserted: the
// server's RSS moves by tens of MB from rendering these large frames alone.)
import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from '@jest/globals';
import {SshUser} from '../helpers/ssh.js';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(root, 'tmp-ssh-stall-'));
let server: ChildProcess | undefined;
const users: SshUser[] = [];
afterAll(() => {
  for (const user of users) user.end();
  server?.kill('SIGKILL');
  rmSync(dir, {recursive: true, force: true});
});

/** The most output an app can make: every cell of a large screen changes on every tick. */
const FLOOD_APP = `import * as gr from 'termblocks';
export default gr.Blocks({title: 'Flood'}, () => {
  const timer = gr.Timer(0.05);
  const count = gr.State(0);
  const wall = gr.Code({value: '', label: 'Wall'});
  timer.tick((n: number) => [n + 1, Array.from({length: 90}, () => (n % 2 ? '█' : '░').repeat(280)).join('\\n')], [count], [count, wall]);
});
`;

test('a client that stops reading is cut after the stall timeout, its output bounded, while another plays on', async () => {
  writeFileSync(join(dir, 'flood.ts'), FLOOD_APP);
  const child = spawn(
    'node',
    [join(root, 'bin/termblocks.js'), 'serve', 'flood.ts', '--port', '0', '--output-stall-timeout', '1'],
    {
      cwd: dir,
      env: {...process.env, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir},
    },
  );
  server = child;
  let log = '';
  child.stderr?.on('data', data => {
    log += data.toString();
  });
  const until = async (check: () => boolean, ms: number, what: string) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the server logged:\n${log}`);
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  };
  await until(() => /ssh:\/\/127\.0\.0\.1:\d+/.test(log), 15000, 'the server to start');
  const port = Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1]);

  const stalled = await SshUser.connect({port, username: 'stalled', pty: {columns: 300, rows: 100}});
  const watcher = await SshUser.connect({port, username: 'watcher', pty: {columns: 60, rows: 10}});
  users.push(stalled, watcher);
  await stalled.waitFor(/[█░]{100}/);
  stalled.stopReading();
  await until(() => log.includes('dropped: the client stopped reading'), 30000, 'the stalled session to be dropped');
  expect(log).toMatch(/session-end user="stalled" .*reason="dropped: the client stopped reading"/);
  // Its connection is cut, not left waiting for a goodbye it cannot read.
  await until(() => /disconnect user="stalled"/.test(log), 5000, 'the stalled connection to close');

  // The other user never noticed: their screen still changes and their session is alive.
  const before = watcher.raw.length;
  await new Promise(resolve => setTimeout(resolve, 500));
  expect(watcher.raw.length).toBeGreaterThan(before);
  expect(log).not.toMatch(/session-end user="watcher"/);
}, 60000);
