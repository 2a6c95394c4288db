import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {createServer} from 'node:net';

/** Whether Debian's redis-server is installed (.ci/run installs it); tests skip, saying so, where it is not. */
export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

/** A free loopback port, as the kernel picks one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A real redis-server on a loopback port, with persistence off, that a test can
 * stop and start again on the same port (to see a store survive Redis going away).
 */
export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly extra: string[],
  ) {}

  /** `extra`: more redis-server options, such as `['--requirepass', 'secret']`. */
  static async start(extra: string[] = []): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), extra);
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again) on its port; resolves once it accepts connections. */
  async restart(): Promise<void> {
    if (this.child) throw new Error('redis-server is already running');
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'no',
        ...this.extra,
      ],
      {stdio: ['ignore', 'pipe', 'pipe']},
    );
    this.child = child;
    let output = '';
    child.stdout?.on('data', data => {
      output += data.toString();
    });
    const deadline = Date.now() + 10000;
    while (!/Ready to accept connections/.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${output}`);
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }

  /** Stops it at once (SIGKILL, as a crash would); resolves once it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null) return;
    await new Promise<void>(resolve => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

/** A `termblocks serve` process started through the real CLI, with its own state directory and its log. */
export class ServeProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly output: {text: string},
  ) {}

  /** Starts `node bin/termblocks.js serve ...args --port 0`; resolves once it listens. */
  static async start(args: string[], stateDirectory: string, env: Record<string, string> = {}): Promise<ServeProcess> {
    const root = new URL('../..', import.meta.url).pathname;
    const child = spawn('node', [`${root}bin/termblocks.js`, 'serve', ...args, '--port', '0'], {
      cwd: root,
      env: {...process.env, XDG_STATE_HOME: stateDirectory, ...env},
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const output = {text: ''};
    child.stderr?.on('data', data => {
      output.text += data.toString();
    });
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      const match = /ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output.text);
      if (match) return new ServeProcess(child, Number(match[1]), output);
      if (child.exitCode !== null) break;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    throw new Error(`termblocks serve did not start:\n${output.text}`);
  }

  /** What it has written to stderr: its start line and its log. */
  get log(): string {
    return this.output.text;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGTERM, as an operator stops it; SIGKILL if it has not exited in 10 s. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
  }
}
