import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach} from '@jest/globals';
import {TmuxPane} from './tmux.js';

const root = new URL('../..', import.meta.url).pathname;

/** Whether OpenSSH's client is installed (.ci/run installs it). */
export const hasSsh = spawnSync('ssh', ['-V']).status === 0;

/**
 * `termblocks serve` through the real CLI, and OpenSSH clients in tmux panes against it,
 * for one test file: everything started is stopped after each test, so Jest has
 * nothing left running. Call it at the top level of the test file.
 */
export function opensshServing(name: string) {
  const panes: TmuxPane[] = [];
  let server: ChildProcess | undefined;
  const state = mkdtempSync(join(tmpdir(), `termblocks-e2e-${name}-`));
  afterEach(async () => {
    for (const pane of panes.splice(0)) pane.kill();
    const child = server;
    server = undefined;
    if (!child) return;
    // Wait for the server to exit and close its pipes.
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise(resolve => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
  });
  afterAll(() => rmSync(state, {recursive: true, force: true}));

  return {
    /** Starts the real CLI with CI set, as a server in a CI job would run, and reads the port it printed. */
    async serve(app: string): Promise<number> {
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
    },

    /** An OpenSSH client logged in as `user`, in a tmux pane of the given size. */
    ssh(port: number, user: string, size = {columns: 80, rows: 24}): TmuxPane {
      const command = `ssh -tt -p ${port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ${user}@127.0.0.1; echo "ssh exit $?"; sleep 60`;
      const pane = new TmuxPane(command, size);
      panes.push(pane);
      return pane;
    },
  };
}
