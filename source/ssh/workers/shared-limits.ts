import {EventEmitter} from 'node:events';
import type {Socket} from 'node:net';
import {ConnectionGate} from '../ConnectionGate.js';
import type {ResolvedServeOptions} from '../serve-options.js';
import type {ServerLog} from '../server-log.js';
import {keyOf, type Peer, type PrimaryMessage, type WorkerMessage} from './messages.js';

/**
 * A worker's connection as the primary's ConnectionGate sees it: the gate counts it, times
 * its login, and destroys it when it overstays; destroying it tells its worker to cut the
 * real socket. It closes when the worker says the real one has closed, or the worker dies.
 */
class RemoteSocket extends EventEmitter {
  destroyed = false;

  constructor(
    readonly remoteAddress: string,
    readonly remotePort: number | undefined,
    private readonly onDestroy: () => void,
  ) {
    super();
  }

  setNoDelay(): void {
    // The real socket, in the worker, has it.
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.onDestroy();
  }

  /** The real socket has closed. */
  closed(): void {
    this.destroyed = true;
    this.emit('close');
  }
}

/**
 * The limits of `serve --workers`, kept in the primary for every worker at once, so
 * `--max-connections-per-address`, the startup limits and `--max-sessions` hold for the
 * server as a whole, as they do in one process, and not per worker. Workers ask before
 * letting a connection in or starting a session and report what happens after; the
 * answers come from the same ConnectionGate one process uses, fed remote sockets.
 */
export class SharedLimits {
  private readonly gate: ConnectionGate;
  /** Each worker's admitted connections, by client address and port. */
  private readonly connections = new Map<number, Map<string, RemoteSocket>>();
  /** Live sessions everywhere, each with its worker. */
  private readonly sessions = new Map<string, number>();

  constructor(
    private readonly config: ResolvedServeOptions,
    log: ServerLog,
  ) {
    this.gate = new ConnectionGate(config, log);
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  get connectionCount(): number {
    let count = 0;
    for (const sockets of this.connections.values()) count += sockets.size;
    return count;
  }

  /** From now on every connection and session is refused. */
  close(): void {
    this.gate.closing = true;
  }

  /** One message from worker `id`; `reply` sends to that worker. */
  handle(id: number, message: WorkerMessage, reply: (message: PrimaryMessage) => void): void {
    if (message.termblocks === 'hello' || message.termblocks === 'listening') return;
    const peer: Peer = {address: message.address, port: message.port};
    const key = keyOf(peer);
    const sockets = this.connections.get(id) ?? new Map<string, RemoteSocket>();
    this.connections.set(id, sockets);
    switch (message.termblocks) {
      case 'admit': {
        const socket = new RemoteSocket(peer.address, peer.port, () => reply({termblocks: 'cut', ...peer}));
        // The gate only reads what RemoteSocket has: address, port, close, destroy.
        const admitted = this.gate.admit(socket as unknown as Socket);
        if (admitted) sockets.set(key, socket);
        reply({termblocks: 'answer', request: message.request, refusal: admitted ? undefined : 'refused'});
        break;
      }
      case 'session': {
        const refusal = this.sessionRefusal(key, sockets);
        if (!refusal) {
          this.sessions.set(key, id);
          this.gate.sessionStarted(peer.address, peer.port);
        }
        reply({termblocks: 'answer', request: message.request, refusal});
        break;
      }
      case 'logged-in':
        this.gate.loggedIn(peer.address, peer.port);
        break;
      case 'session-started':
        this.gate.sessionStarted(peer.address, peer.port);
        break;
      case 'session-ended':
        this.sessions.delete(key);
        this.gate.sessionEnded(peer.address, peer.port);
        break;
      case 'closed':
        this.sessions.delete(key);
        sockets.get(key)?.closed();
        sockets.delete(key);
        break;
    }
  }

  /** Worker `id` is gone: its connections and sessions no longer count. */
  forget(id: number): void {
    for (const [key, socket] of this.connections.get(id) ?? []) {
      this.sessions.delete(key);
      socket.closed();
    }
    this.connections.delete(id);
  }

  private sessionRefusal(key: string, sockets: Map<string, RemoteSocket>): string | undefined {
    if (this.gate.closing) return 'the server is shutting down';
    if (!sockets.has(key)) return 'the connection is gone';
    if (this.sessions.size >= this.config.maxSessions) return 'the server is full; try again later';
    return undefined;
  }
}
