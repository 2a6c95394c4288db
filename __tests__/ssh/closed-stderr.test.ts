// `termblocks serve app.ts 2>&1 | head -1`: once the reader has its line and goes, every
// write to stderr fails. The real CLI must go on serving, and still stop on SIGTERM.
import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from '@jest/globals';
import {SshUser} from '../helpers/ssh.js';

const root = new URL('../..', import.meta.url).pathname;
const state = mkdtempSync(join(tmpdir(), 'termblocks-closed-stderr-'));
let child: ChildProcess | undefined;
const users: SshUser[] = [];
afterAll(() => {
  for (const user of users) user.end();
  child?.kill('SIGKILL');
  rmSync(state, {recursive: true, force: true});
});

test('with stderr closed after its first line, the server keeps letting users in and stops on SIGTERM', async () => {
  child = spawn('node', [join(root, 'bin/termblocks.js'), 'serve', 'examples/hangman.ts', '--port', '0'], {
    cwd: root,
    env: {...process.env, XDG_STATE_HOME: state},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>(resolve => child?.once('exit', code => resolve(code)));
  // A reader like `head -1`: it takes the first line and closes its end of the pipe.
  const firstLine = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start; it wrote: ${text}`)), 30000);
    child?.stderr?.on('data', (data: Buffer) => {
      text += data.toString();
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      child?.stderr?.destroy();
      resolve(text.slice(0, text.indexOf('\n')));
    });
  });
  const port = Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(firstLine)?.[1]);
  expect(port).toBeGreaterThan(0);

  for (const name of ['first', 'second', 'third']) {
    const user = await SshUser.connect({port, username: name});
    users.push(user);
    await user.waitFor(/Guess Letter/);
    user.type('\u0003');
    await user.closed;
  }

  child.kill('SIGTERM');
  const code = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve('still running'), 10000))]);
  expect(code).toBe(0);
}, 60000);
