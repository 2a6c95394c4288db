import {type AddressInfo, createServer} from 'node:net';
import ssh2 from 'ssh2';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {SessionUser} from '../blocks/events.js';
import {SessionHost} from '../session/SessionHost.js';
import {mountApp} from '../terminal/mount.js';
import {AuthorizedKeys} from './authorized-keys.js';
import {ChannelTerminal} from './ChannelTerminal.js';
import {ConnectionGate} from './ConnectionGate.js';
import {fingerprintOfBlob, type HostKey, loadHostKey} from './HostKeyStore.js';
import {verifyPassword} from './password-hash.js';
import {type ResolvedServeOptions, resolveServeOptions, type ServeOptions} from './serve-options.js';
import {guardedLog, type ServerLog, stderrLog} from './server-log.js';

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  readonly hostKey: HostKey;
  /** Live sessions (one per shell channel). */
  readonly sessionCount: number;
  /** Stops accepting, ends every session (unload handlers run), closes every connection. Bounded in time. */
  close(): Promise<void>;
}

const TERM = /^[A-Za-z0-9._+-]{1,64}$/;
/** How long a session's last words may wait for a slow client before the connection is cut. */
const FLUSH_WAIT_MS = 1000;
const delay = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms).unref());

/**
 * Serves an app over SSH: each shell channel is one session mounted on the same
 * renderer as `termblocks run`, all in this process, so module-level state and
 * gr.Global values are shared by every user. Secure by default: loopback,
 * verified public-key signatures, and a bound on everything a client controls.
 */
export async function serveApp(app: BlocksApp, options: ServeOptions = {}): Promise<RunningServer> {
  const config = resolveServeOptions(options);
  const log: ServerLog = guardedLog(config.log ?? stderrLog);
  const hostKey = loadHostKey(config.hostKey);
  const keys = config.auth === 'publickey' && config.authorizedKeys ? AuthorizedKeys.fromFile(config.authorizedKeys) : undefined;
  const host = SessionHost.of(app);
  host.logger = {
    info: message => log('app', {message}),
    warn: message => log('app-warning', {message}),
    error: (message, error) =>
      log('app-error', {message, error: error instanceof Error ? (error.stack ?? error.message) : String(error ?? '')}),
  };
  const endings = new Map<ssh2.ServerChannel, (reason: string) => Promise<void>>();
  const clients = new Set<ssh2.Connection>();
  const gate = new ConnectionGate(config, log);

  const server = new ssh2.Server({hostKeys: [hostKey.privateKey], ident: 'termblocks'}, (client, info) => {
    const address = info.ip;
    const startedAt = Date.now();
    let user: SessionUser | undefined;
    let failures = 0;
    let sessions = 0;
    clients.add(client);
    client.on('error', error => log('connection-error', {address, error: error.message}));
    client.on('close', () => {
      clients.delete(client);
      log('disconnect', {user: user?.name, address, seconds: ((Date.now() - startedAt) / 1000).toFixed(1)});
    });
    log('connect', {address});

    client.on('authentication', ctx => {
      const fail = (reason?: string) => {
        if (ctx.method !== 'none') {
          failures++;
          log('auth-failed', {user: ctx.username, address, method: ctx.method, reason});
        }
        ctx.reject([config.auth]);
        if (failures >= config.maxAuthAttempts) {
          log('auth-limit', {user: ctx.username, address});
          client.end();
        }
      };
      if (config.auth === 'none') {
        user = {name: ctx.username};
        return ctx.accept();
      }
      if (config.auth === 'password') {
        if (ctx.method === 'password' && verifyPassword(ctx.password, config.passwordHash as string)) {
          user = {name: ctx.username};
          log('auth', {user: ctx.username, address, method: 'password'});
          return ctx.accept();
        }
        return fail();
      }
      if (ctx.method !== 'publickey') return fail();
      const key = keys?.find(ctx.key.algo, ctx.key.data);
      if (!key) return fail();
      // Without a signature the client only asks whether this key would do; ssh2 answers, nobody is logged in yet.
      if (!ctx.signature) return ctx.accept();
      // ssh2 does not check the signature: a client must prove it holds the private key.
      if (key.verify(ctx.blob as Buffer, ctx.signature, ctx.hashAlgo) !== true) return fail('bad signature');
      user = {name: ctx.username, keyFingerprint: fingerprintOfBlob(key.getPublicSSH())};
      log('auth', {user: ctx.username, address, method: 'publickey', key: user.keyFingerprint});
      ctx.accept();
    });

    client.on('ready', () => {
      gate.loggedIn(address, info.port);
      client.on('session', (acceptSession, rejectSession) => {
        if (sessions >= 1) return rejectSession();
        sessions++;
        const channel = acceptSession();
        let pty: {columns: number; rows: number; term: string} | undefined;
        let terminal: ChannelTerminal | undefined;
        channel.on('pty', (accept, _reject, request) => {
          pty = {columns: request.cols, rows: request.rows, term: TERM.test(request.term) ? request.term : 'xterm'};
          accept?.();
        });
        channel.on('window-change', (accept, _reject, request) => {
          accept?.();
          terminal?.resize(request.cols, request.rows);
        });
        channel.on('env', accept => accept?.());
        channel.on('exec', accept => {
          const stream = accept();
          stream.write('termblocks: this server runs an app, not commands: connect without a command (ssh -t host)\r\n');
          stream.exit(1);
          stream.end();
        });
        channel.on('subsystem', (_accept, reject) => reject?.());
        channel.on('shell', accept => {
          const stream = accept();
          stream.on('error', (error: Error) => log('channel-error', {user: user?.name, address, error: error.message}));
          if (!pty) {
            stream.write('termblocks: this app needs a terminal: connect with ssh -t\r\n');
            stream.exit(1);
            stream.end();
            return;
          }
          if (gate.closing || host.sessions.size >= config.maxSessions) {
            stream.write('termblocks: the server is full; try again later\r\n');
            stream.exit(1);
            stream.end();
            return;
          }
          terminal = startSession(stream, pty, user, () => gate.cut(address, info.port));
        });
      });
    });
  });

  /** Mounts one session on a shell channel; ends it on Ctrl+C, idle, a stalled client or the client leaving. */
  function startSession(
    stream: ssh2.ServerChannel,
    pty: {columns: number; rows: number},
    user: SessionUser | undefined,
    cut: () => void,
  ): ChannelTerminal {
    const session = host.open({user});
    let tokens = config.inputBytesPerSecond;
    let refilledAt = Date.now();
    let idle: NodeJS.Timeout | undefined;
    let stall: NodeJS.Timeout | undefined;
    const resetIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => void end(0, 'closed after being idle too long'), config.idleTimeout * 1000);
    };
    // Input beyond the rate pauses the channel: the client's SSH window fills and it waits; nothing piles up here.
    const acceptInput = (data: Buffer) => {
      const now = Date.now();
      tokens = Math.min(config.inputBytesPerSecond, tokens + ((now - refilledAt) / 1000) * config.inputBytesPerSecond);
      refilledAt = now;
      tokens -= data.length;
      if (tokens < 0) {
        stream.pause();
        setTimeout(() => stream.resume(), Math.ceil((-tokens / config.inputBytesPerSecond) * 1000));
      }
      resetIdle();
      return true;
    };
    const terminal = new ChannelTerminal(stream, pty, acceptInput);
    const write = terminal.write.bind(terminal);
    // A client that stops reading: frames coalesce in the renderer; after the stall timeout the session is dropped.
    terminal.write = data => {
      const flowing = write(data);
      if (!flowing && !stall)
        stall = setTimeout(() => void end(1, 'dropped: the client stopped reading'), config.outputStallTimeout * 1000);
      return flowing;
    };
    stream.on('drain', () => {
      clearTimeout(stall);
      stall = undefined;
    });
    let ended = false;
    const end = async (code: number, reason?: string) => {
      if (ended) return;
      ended = true;
      endings.delete(stream);
      clearTimeout(idle);
      clearTimeout(stall);
      await mounted.unmount();
      if (!stream.destroyed) {
        // Frames and the goodbye go through the channel's write buffer, but the exit status and a
        // disconnect do not: flush first, or under load they overtake the text. Each wait is bounded,
        // and a client that never takes its goodbye (it stopped reading) has its connection cut.
        const flushed = new Promise<void>(resolve => stream.write(reason ? `termblocks: ${reason}\r\n` : '', () => resolve()));
        await Promise.race([flushed, delay(FLUSH_WAIT_MS)]);
        stream.exit(code);
        const closed = new Promise<boolean>(resolve => {
          stream.once('close', () => resolve(true));
          stream.end();
        });
        if (!(await Promise.race([closed, delay(FLUSH_WAIT_MS).then(() => false)]))) cut();
      }
      await session.close();
      log('session-end', {user: user?.name, session: session.id, reason: reason ?? (code === 0 ? 'quit' : 'error')});
    };
    endings.set(stream, reason => end(0, reason));
    stream.on('close', () => void end(0, 'client left'));
    const mounted = mountApp(session, terminal, {alternateScreen: true, onQuit: () => void end(0)});
    resetIdle();
    log('session-start', {user: user?.name, session: session.id, columns: terminal.columns, rows: terminal.rows});
    return terminal;
  }

  // We own the TCP server so the gate sees every socket first; ssh2 gets the ones let in.
  const tcp = createServer(socket => {
    if (gate.admit(socket)) server.injectSocket(socket);
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(config.port, config.host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });
  tcp.on('error', (error: Error) => log('server-error', {error: error.message}));
  server.on('error', (error: Error) => log('server-error', {error: error.message}));
  const address = tcp.address() as AddressInfo;

  return {
    host: config.host,
    port: address.port,
    hostKey,
    get sessionCount() {
      return endings.size;
    },
    async close() {
      gate.closing = true;
      tcp.close();
      const all = Promise.all([...endings.values()].map(end => end('the server is shutting down')));
      await Promise.race([all, new Promise(resolve => setTimeout(resolve, 5000).unref())]);
      // Let every goodbye and exit status reach its client before the process may exit.
      const gone = [...clients].map(
        client => new Promise(resolve => (client as unknown as NodeJS.EventEmitter).once('close', resolve)),
      );
      for (const client of clients) client.end();
      await Promise.race([Promise.all(gone), new Promise(resolve => setTimeout(resolve, 2000).unref())]);
    },
  };
}

export type {ResolvedServeOptions};
