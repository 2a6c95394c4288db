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
