import type {Socket} from 'node:net';
import type {ServerLog} from './server-log.js';

interface GateLimits {
  maxConnectionsPerAddress: number;
  maxUnauthenticated: number;
  /** Seconds from the TCP connection to a successful login. */
  loginGraceTime: number;
}

/**
 * Guards the door at the TCP level, before any SSH byte is parsed: connections
 * per address, connections not yet logged in, and the login grace time. A
 * client that connects and says nothing (ssh2 only hears of it after its
 * version line) is cut off here, so it cannot hold a slot for ever.
 */
export class ConnectionGate {
  private readonly perAddress = new Map<string, number>();
  private readonly waiting = new Map<string, {socket: Socket; timer: NodeJS.Timeout}>();
  /** Every admitted connection, so one can be cut without waiting for its client. */
  private readonly sockets = new Map<string, Socket>();
  closing = false;

  constructor(
    private readonly limits: GateLimits,
    private readonly log: ServerLog,
  ) {}

  /** Whether to let this socket in; a refused socket is destroyed here. */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress ?? 'unknown';
    const key = keyOf(address, socket.remotePort);
    // Keys and frames are small packets: send them at once rather than waiting to fill a segment.
    socket.setNoDelay(true);
    socket.on('error', () => {
      // A client vanishing mid-handshake is normal; ssh2 reports what matters.
    });
    const count = (this.perAddress.get(address) ?? 0) + 1;
    if (this.closing || count > this.limits.maxConnectionsPerAddress || this.waiting.size >= this.limits.maxUnauthenticated) {
      this.log('refused', {address, reason: this.closing ? 'shutting down' : 'too many connections'});
      socket.destroy();
      return false;
    }
    this.perAddress.set(address, count);
    const timer = setTimeout(() => {
      this.log('login-timeout', {address});
      socket.destroy();
    }, this.limits.loginGraceTime * 1000);
    this.waiting.set(key, {socket, timer});
    this.sockets.set(key, socket);
    socket.once('close', () => {
      this.sockets.delete(key);
      this.loggedIn(address, socket.remotePort);
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left <= 0) this.perAddress.delete(address);
      else this.perAddress.set(address, left);
    });
    return true;
  }

  /**
   * Destroys the connection from this address and port at once. For a client that
   * stopped reading: an SSH disconnect would wait behind everything buffered for it.
   */
  cut(address: string, port: number | undefined): void {
    this.sockets.get(keyOf(address, port))?.destroy();
  }

  /** The connection from this address and port has logged in: it no longer counts against the grace limits. */
  loggedIn(address: string, port: number | undefined): void {
    const key = keyOf(address, port);
    const entry = this.waiting.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(key);
  }
}

function keyOf(address: string, port: number | undefined): string {
  return `${address}:${port ?? 0}`;
}
