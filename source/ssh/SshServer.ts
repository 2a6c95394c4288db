import {type AddressInfo, createServer, type Server, type Socket} from 'node:net';
import ssh2 from 'ssh2';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {SessionUser} from '../blocks/events.js';
import type {GlobalStore} from '../session/GlobalStore.js';
import {SessionHost} from '../session/SessionHost.js';
import {authenticate} from './authentication.js';
import {AuthorizedKeys} from './authorized-keys.js';
import {ConnectionGate} from './ConnectionGate.js';
import {serveChannels} from './channel-requests.js';
import {type HostKey, loadHostKey} from './HostKeyStore.js';
import {PasswordChecks} from './PasswordChecks.js';
import {type ResolvedServeOptions, resolveServeOptions, type ServeOptions, STORE_PASSWORD_VARIABLE} from './serve-options.js';
import {guardedLog, type ServerLog, stderrLog} from './server-log.js';
import {type LiveSession, startSession} from './session-lifecycle.js';
import {shutDown} from './shutdown.js';

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  readonly hostKey: HostKey;
  /** Live sessions (one per shell channel). */
  readonly sessionCount: number;
  /** Stops accepting, ends every session (unload handlers run), closes every connection. Bounded in time. */
  close(): Promise<void>;
}

/** The door serveApp asks about every connection: ConnectionGate in one process. */
export type Gate = Pick<ConnectionGate, 'closing' | 'cut' | 'loggedIn' | 'sessionStarted' | 'sessionEnded'> & {
  /** Whether to let this socket in (a refused one is destroyed); may ask another process. */
  admit(socket: Socket): boolean | Promise<boolean>;
  /** Why no session may start now, counting every process; without it, this process's sessions against --max-sessions. */
  sessionRefusal?(address: string, port: number | undefined): Promise<string | undefined>;
};

/** What `serve --workers` changes in a worker: the primary's host key and the limits it keeps for every worker. */
export interface ServeSeams {
  hostKey?: HostKey;
  gate?: Gate;
}

/**
 * Serves an app over SSH: each shell channel is one session mounted on the same
 * renderer as `termblocks run`, all in this process, so module-level state and
 * gr.Global values are shared by every user. Secure by default: loopback,
 * verified public-key signatures, and a bound on everything a client controls.
 *
 * The server is a stack of small pieces, each in its own file: the TCP gate
 * (ConnectionGate), authentication, channel requests, and the session's
 * lifecycle with its input rate and output-stall watch; then shutdown.
 */
export async function serveApp(app: BlocksApp, options: ServeOptions = {}, seams: ServeSeams = {}): Promise<RunningServer> {
  const config = resolveServeOptions(options);
  const log: ServerLog = guardedLog(config.log ?? stderrLog);
  const hostKey = seams.hostKey ?? loadHostKey(config.hostKey);
  const keys = config.auth === 'publickey' && config.authorizedKeys ? AuthorizedKeys.fromFile(config.authorizedKeys) : undefined;
  const passwords = config.auth === 'password' ? new PasswordChecks(config.passwordHash as string) : undefined;
  const globals = config.store ? await openStore(config.store, log) : undefined;
  const hostOf = (shown: BlocksApp) => {
    const appHost = SessionHost.of(shown);
    if (globals) appHost.setGlobalStore(globals);
    appHost.showError = config.showError;
    appHost.logger = {
      info: message => log('app', {message}),
      warn: message => log('app-warning', {message}),
      error: (message, error) =>
        log('app-error', {message, error: error instanceof Error ? (error.stack ?? error.message) : String(error ?? '')}),
    };
    return appHost;
  };
  /** The app new sessions open; under --watch, the latest save's. */
  let host = hostOf(app);
  const sessions = new Set<LiveSession>();
  const clients = new Set<ssh2.Connection>();
  const gate: Gate = seams.gate ?? new ConnectionGate(config, log);
  const sessionRefusal = (address: string, port: number | undefined) => {
    if (gate.sessionRefusal) return gate.sessionRefusal(address, port);
    return gate.closing || host.sessions.size >= config.maxSessions ? 'the server is full; try again later' : undefined;
  };

  /** One SSH connection, from its first packet to its close. */
  const onConnection = (client: ssh2.Connection, info: ssh2.ClientInfo) => {
    const address = info.ip;
    const startedAt = Date.now();
    let user: SessionUser | undefined;
    clients.add(client);
    client.on('error', error => log('connection-error', {address, error: error.message}));
    client.on('close', () => {
      clients.delete(client);
      log('disconnect', {user: user?.name, address, seconds: ((Date.now() - startedAt) / 1000).toFixed(1)});
    });
    log('connect', {address});
    authenticate(client, {config, keys, passwords, address, log, onLogin: loggedIn => (user = loggedIn)});
    client.on('ready', () => {
      gate.loggedIn(address, info.port);
      serveChannels(client, {
        log,
        address,
        userName: () => user?.name,
        refusal: () => sessionRefusal(address, info.port),
        startShell: (stream, pty) => {
          gate.sessionStarted(address, info.port);
          const live = startSession(stream, pty, {
            host,
            config,
            log,
            user,
            cut: () => gate.cut(address, info.port),
            onEnd: () => {
              sessions.delete(live);
              gate.sessionEnded(address, info.port);
            },
          });
          sessions.add(live);
          return live.terminal;
        },
      });
    });
  };

  // Every live session moves to the saved app; a session that is just starting or ending is left to finish.
  const watcher = config.watch?.(reload => {
    host = hostOf(reload.app);
    log(reload.ok ? 'reload' : 'reload-failed', {message: reload.message, sessions: sessions.size});
    for (const live of sessions) void live.replace(host, reload);
  });

  const server = new ssh2.Server({hostKeys: [hostKey.privateKey], ident: 'termblocks'}, onConnection);
  // We own the TCP server so the gate sees every socket first; ssh2 gets the ones let in.
  const tcp = createServer(socket => {
    const admitted = gate.admit(socket);
    if (admitted === true) server.injectSocket(socket);
    // Asked of the primary under --workers: the socket is paused meanwhile, so no byte is lost.
    else if (admitted !== false) void admitted.then(ok => ok && !socket.destroyed && server.injectSocket(socket));
  });
  await listen(tcp, config);
  tcp.on('error', (error: Error) => log('server-error', {error: error.message}));
  server.on('error', (error: Error) => log('server-error', {error: error.message}));

  return {
    host: config.host,
    port: (tcp.address() as AddressInfo).port,
    hostKey,
    get sessionCount() {
      return sessions.size;
    },
    async close() {
      watcher?.close();
      gate.closing = true;
      tcp.close();
      await shutDown(sessions, clients);
      await globals?.close();
    },
  };
}

/** The shared store `--store` names, logging to the server's log; loaded only when asked for. */
async function openStore(url: string, log: ServerLog): Promise<GlobalStore> {
  const {RedisGlobalStore, redactedUrl} = await import('../session/RedisGlobalStore.js');
  const store = await RedisGlobalStore.open({
    url,
    password: process.env[STORE_PASSWORD_VARIABLE] || undefined,
    logger: {
      info: message => log('store', {message}),
      warn: message => log('store-warning', {message}),
      error: (message, error) => log('store-error', {message, error: error instanceof Error ? error.message : undefined}),
    },
  });
  log('store', {message: `gr.Global values live in ${redactedUrl(url)}`});
  return store;
}

function listen(tcp: Server, {port, host}: ResolvedServeOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });
}

export type {ResolvedServeOptions};
