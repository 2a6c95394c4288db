import type {AddressInfo, Server} from 'node:net';
import ssh2 from 'ssh2';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {GlobalStore} from '../session/GlobalStore.js';
import {warmUpRenderer} from '../terminal/warm-up.js';
import {serverAppHost} from './app-host.js';
import {AuthorizedKeys} from './authorized-keys.js';
import {ConnectionGate} from './ConnectionGate.js';
import {serveConnection} from './connection.js';
import type {Gate} from './gate.js';
import {type HostKey, loadHostKey} from './HostKeyStore.js';
import {signWithParsedHostKeys} from './host-key-signing.js';
import {openStore} from './open-store.js';
import {PasswordChecks} from './PasswordChecks.js';
import {type ResolvedServeOptions, resolveServeOptions, type ServeOptions} from './serve-options.js';
import {describeError, guardedLog, stderrLog} from './server-log.js';
import type {ServerState} from './server-state.js';
import {shutDown} from './shutdown.js';
import {listenBehindGate} from './tcp-front.js';
import {watchReloads} from './watch-reloads.js';

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  readonly hostKey: HostKey;
  /** Live sessions (one per shell channel). */
  readonly sessionCount: number;
  /** Stops accepting, ends every session (unload handlers run), closes every connection. Bounded in time. */
  close(): Promise<void>;
}

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
 * (tcp-front, ConnectionGate), one connection's wiring (connection: authentication,
 * channel requests), the session's start and lifecycle with its input rate and
 * output-stall watch, --watch reloads; then shutdown.
 */
export async function serveApp(app: BlocksApp, options: ServeOptions = {}, seams: ServeSeams = {}): Promise<RunningServer> {
  const config = resolveServeOptions(options);
  const log = guardedLog(config.log ?? stderrLog);
  const hostKey = seams.hostKey ?? loadHostKey(config.hostKey);
  // Files are read before the store opens, so a bad one leaves no connection behind.
  const keys = config.auth === 'publickey' && config.authorizedKeys ? AuthorizedKeys.fromFile(config.authorizedKeys) : undefined;
  const passwords = config.auth === 'password' ? new PasswordChecks(config.passwordHash as string) : undefined;
  const globals = config.store ? await openStore(config.store, log) : undefined;
  const hostFor = (shown: BlocksApp) => serverAppHost(shown, config, log, globals);
  const state: ServerState = {
    config,
    log,
    keys,
    passwords,
    gate: seams.gate ?? new ConnectionGate(config, log),
    sessions: new Set(),
    clients: new Set(),
    host: hostFor(app),
  };
  const watcher = watchReloads(state, hostFor);
  signWithParsedHostKeys();
  // Before the first user, not on their time: their first screen took 75-90 ms, the next ones 11.
  await warmUpRenderer().catch(error => log('warm-up-failed', {error: describeError(error)}));
  const server = new ssh2.Server({hostKeys: [hostKey.privateKey], ident: 'termblocks'}, (client, info) =>
    serveConnection(state, client, info),
  );
  const tcp = await listenBehindGate(server, state.gate, config, log);
  return runningServer(state, tcp, hostKey, {watcher, globals});
}

/** What the server opened besides its sockets, closed with it. */
interface Owned {
  watcher: {close(): void} | undefined;
  globals: GlobalStore | undefined;
}

/** The handle serveApp returns: closing stops reloads and new connections first, then ends sessions, then the store. */
function runningServer(state: ServerState, tcp: Server, hostKey: HostKey, {watcher, globals}: Owned): RunningServer {
  return {
    host: state.config.host,
    port: (tcp.address() as AddressInfo).port,
    hostKey,
    get sessionCount() {
      return state.sessions.size;
    },
    async close() {
      watcher?.close();
      state.gate.closing = true;
      tcp.close();
      await shutDown(state.sessions, state.clients);
      await globals?.close();
    },
  };
}

export type {ResolvedServeOptions};
