import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach} from '@jest/globals';
import xterm from '@xterm/headless';
import {readScreen} from './screen.js';
import {TmuxPane} from './tmux.js';

const root = new URL('../..', import.meta.url).pathname;

/** Whether OpenSSH's client is installed (.ci/run installs it). */
export const hasSsh = spawnSync('ssh', ['-V']).status === 0;

/** Whether script(1) is installed, which `terminal` runs OpenSSH under. */
export const hasScript = spawnSync('script', ['--version']).status === 0;

/** How `serve` starts `termblocks serve`; without any, as a server in a CI job would run, from the repository's root. */
export interface ServeOptions {
  /** Flags for `termblocks serve` before the app, such as `--watch`. */
  flags?: string[];
  /** The folder the server runs in: the repository's root unless given. */
  cwd?: string;
  /** Whether CI and CI_JOB_ID are set, as in a CI job (unless false); if false, the server has the test's environment as it is. */
  ci?: boolean;
  /** Variables for the server's environment, over the helper's: XDG_STATE_HOME is `dir` unless given here. */
  env?: Record<string, string>;
  /** How long the server may take to print its address: 15 s unless given. */
  startTimeoutMs?: number;
}

/** The OpenSSH command line that logs `user` in; each variable of `env` is set for ssh and sent with SendEnv. */
function sshCommand(port: number, user: string, env: Record<string, string> = {}): string {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value} `);
  const sendEnv = Object.keys(env).map(name => `-o SendEnv=${name} `);
  return `${assignments.join('')}ssh -tt -p ${port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ${sendEnv.join('')}${user}@127.0.0.1`;
}

/**
 * `termblocks serve` through the real CLI, and OpenSSH clients against it (in tmux panes,
 * or under script(1) with the test as the terminal), for one test file: everything started is stopped after each test, so Jest has
 * nothing left running. Call it at the top level of the test file.
 *
 * `dirPrefix` is where the file's temporary folder `dir` is made and how its name starts:
 * `termblocks-e2e-<name>-` in the system's temporary folder unless given.
 */
export function opensshServing(name: string, options: {dirPrefix?: string} = {}) {
  const panes: TmuxPane[] = [];
  const children: ChildProcess[] = [];
  const emulators = new Set<InstanceType<typeof xterm.Terminal>>();
  let server: ChildProcess | undefined;
  let output = '';
  const dir = mkdtempSync(options.dirPrefix ?? join(tmpdir(), `termblocks-e2e-${name}-`));
  afterEach(async () => {
    for (const pane of panes.splice(0)) pane.kill();
    for (const emulator of emulators) emulator.dispose();
    emulators.clear();
    server = undefined;
    await Promise.all(
      children.splice(0).map(async child => {
        // Wait for the process to exit and close its pipes.
        const done = child.exitCode !== null || child.signalCode !== null;
        const exited = done ? Promise.resolve() : new Promise(resolve => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
        for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
      }),
    );
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  function pane(command: string, tmuxOptions: ConstructorParameters<typeof TmuxPane>[1]): TmuxPane {
    const opened = new TmuxPane(command, tmuxOptions);
    panes.push(opened);
    return opened;
  }

  return {
    /** The file's temporary folder, removed after its last test: the server's state unless `serve` is told otherwise. */
    dir,

    /** Starts the real CLI (with CI set, as a server in a CI job would run, unless told otherwise) and reads the port it printed. */
    async serve(app: string, options: ServeOptions = {}): Promise<number> {
      const ci = options.ci === false ? {} : {CI: 'true', CI_JOB_ID: '1'};
      const child = spawn('node', [join(root, 'bin/termblocks.js'), 'serve', ...(options.flags ?? []), app, '--port', '0'], {
        cwd: options.cwd ?? root,
        env: {...process.env, ...ci, XDG_STATE_HOME: dir, ...options.env},
      });
      server = child;
      children.push(child);
      output = '';
      child.stderr?.on('data', data => {
        output += data.toString();
      });
      const deadline = Date.now() + (options.startTimeoutMs ?? 15000);
      while (Date.now() < deadline) {
        const match = /ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) return Number(match[1]);
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      throw new Error(`the server did not start:\n${output}`);
    },

    /** What the server started last has written to its stderr so far: the address it printed and its log. */
    output: (): string => output,

    /** The server started last, until the test ends: to signal it. */
    server: (): ChildProcess | undefined => server,

    /** An OpenSSH client logged in as `user`, in a tmux pane of the given size; `env` is set for ssh and sent to the server. */
    ssh(port: number, user: string, size = {columns: 80, rows: 24}, options: {env?: Record<string, string>} = {}): TmuxPane {
      return pane(`${sshCommand(port, user, options.env)}; echo "ssh exit $?"; sleep 60`, size);
    },

    /** A tmux pane running `command` (termblocks run, say), killed after the test as the ssh panes are. */
    pane,

    /**
     * An OpenSSH client logged in as `user` under script(1), in a terminal of the given size; the
     * test is the user's terminal: ssh's output goes into an emulator, and `send` writes to ssh's input.
     */
    terminal(port: number, user: string, size: {columns: number; rows: number}) {
      const command = `stty cols ${size.columns} rows ${size.rows} && exec ${sshCommand(port, user)}`;
      const client = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {stdio: ['pipe', 'pipe', 'pipe']});
      children.push(client);
      const emulator = new xterm.Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
      emulators.add(emulator);
      client.stdout?.on('data', (data: Buffer) => emulator.write(data));
      return {
        client,
        emulator,
        screen: () => readScreen(emulator),
        /** Writes the bytes to OpenSSH's input, as the user's terminal would. */
        send: (bytes: string) => client.stdin?.write(bytes),
        /** Ctrl+C, as the user ends the app; resolves once ssh has exited. */
        async end() {
          client.stdin?.write('\u0003');
          await new Promise<void>(resolve => client.once('exit', () => resolve()));
          emulators.delete(emulator);
          emulator.dispose();
        },
      };
    },
  };
}
