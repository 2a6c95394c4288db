import {type Socket, connect as tcpConnect} from 'node:net';
import xterm from '@xterm/headless';
import ssh2 from 'ssh2';
import {readScreen} from './screen.js';

export interface ConnectOptions {
  port: number;
  username?: string;
  password?: string;
  privateKey?: string;
  /** Overrides how the client authenticates (forged signatures and the like). */
  authHandler?: ssh2.ConnectConfig['authHandler'];
  pty?: false | {columns: number; rows: number};
  exec?: string;
}

/**
 * One SSH user for tests: an ssh2 client with a shell whose output is
 * interpreted by a real terminal emulator, so tests read what the user sees.
 */
export class SshUser {
  readonly client = new ssh2.Client();
  readonly emulator: InstanceType<typeof xterm.Terminal>;
  stream!: ssh2.ClientChannel;
  /** The TCP connection under the SSH session, ours so a test can stop reading it. */
  socket!: Socket;
  raw = '';
  exitCode: number | undefined;
  closed: Promise<void>;
  private markClosed!: () => void;

  private constructor(columns: number, rows: number) {
    this.emulator = new xterm.Terminal({
      cols: Math.min(Math.max(columns, 20), 500),
      rows: Math.min(Math.max(rows, 5), 200),
      allowProposedApi: true,
    });
    this.closed = new Promise(resolve => {
      this.markClosed = resolve;
    });
  }

  static connect(options: ConnectOptions): Promise<SshUser> {
    const size = options.pty === false ? {columns: 80, rows: 24} : (options.pty ?? {columns: 80, rows: 24});
    const user = new SshUser(size.columns, size.rows);
    return new Promise((resolve, reject) => {
      user.client.on('error', reject);
      let ready = false;
      user.client.on('close', () => {
        user.markClosed();
        if (!ready) reject(new Error('the server closed the connection before login'));
      });
      user.client.on('ready', () => {
        ready = true;
        const onStream = (error: Error | undefined, stream: ssh2.ClientChannel) => {
          if (error) return reject(error);
          user.stream = stream;
          stream.on('data', (data: Buffer) => {
            user.raw += data.toString('utf8');
            user.emulator.write(data);
          });
          stream.stderr.on('data', (data: Buffer) => {
            user.raw += data.toString('utf8');
          });
          stream.on('exit', (code: number) => {
            user.exitCode = code;
          });
          stream.on('close', () => user.markClosed());
          resolve(user);
        };
        if (options.exec) user.client.exec(options.exec, onStream);
        else if (options.pty === false) user.client.shell(false, onStream);
        else user.client.shell({cols: size.columns, rows: size.rows, term: 'xterm-256color'}, onStream);
      });
      user.socket = tcpConnect(options.port, '127.0.0.1');
      user.client.connect({
        sock: user.socket,
        username: options.username ?? 'tester',
        password: options.password,
        privateKey: options.privateKey,
        authHandler: options.authHandler,
        readyTimeout: 10000,
      });
    });
  }

  type(data: string): void {
    this.stream.write(data);
  }

  /** A client whose user walked away with a frozen terminal: nothing more is read off the socket. */
  stopReading(): void {
    this.socket.pause();
  }

  screen(): Promise<string> {
    return readScreen(this.emulator);
  }

  async waitFor(pattern: RegExp, timeoutMs = 10000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = await this.screen();
      if (pattern.test(screen)) return screen;
      await new Promise(resolve => setTimeout(resolve, 25));
    }
    throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${screen}`);
  }

  end(): void {
    this.client.end();
  }
}
