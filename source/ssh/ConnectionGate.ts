import type {Socket} from 'node:net';
import {dropsStartup, type MaxStartups, parseMaxStartups} from './max-startups.js';
import type {ServerLog} from './server-log.js';

interface GateLimits {
  maxConnectionsPerAddress: number;
  /** `start:rate:full`, for connections not yet in a session (see max-startups.ts). */
  maxStartups: string;
  /** Connections not yet in a session, from one address. */
  maxStartupsPerAddress: number;
  /** Seconds from the TCP connection to a login, and from a login (or a session's end) to a session. */
  loginGraceTime: number;
}

interface Waiting {
  readonly address: string;
  timer: NodeJS.Timeout;
}

/**
 * Guards the door at the TCP level, before any SSH byte is parsed: connections per
 * address, and connections not yet in a session ("startups": not logged in, or logged
 * in without a live session), which are bounded in number (MaxStartups, with random
 * early drop, and per address) and in time (the login grace time). A client that
 * connects and says nothing (ssh2 only hears of it after its version line), or logs in
 * and never opens a session, or stays after its session ended, is cut off here, so it
 * cannot hold a slot for ever.
 */
export class ConnectionGate {
  private readonly perAddress = new Map<string, number>();
  private readonly waiting = new Map<string, Waiting>();
  private readonly waitingFrom = new Map<string, number>();
  /** Every admitted connection, so one can be cut without waiting for its client. */
  private readonly sockets = new Map<string, Socket>();
  private readonly startups: MaxStartups;
  closing = false;

  constructor(
    private readonly limits: GateLimits,
    private readonly log: ServerLog,
    private readonly random: () => number = Math.random,
  ) {
    this.startups = parseMaxStartups(limits.maxStartups);
  }

  /** Whether to let this socket in; a refused socket is destroyed here. */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress ?? 'unknown';
    const key = keyOf(address, socket.remotePort);
    // Keys and frames are small packets: send them at once rather than waiting to fill a segment.
    socket.setNoDelay(true);
    socket.on('error', () => {
      // A client vanishing mid-handshake is normal; ssh2 reports what matters.
    });
    const reason = this.refusal(address);
    if (reason) {
      this.log('refused', {address, reason});
      socket.destroy();
      return false;
    }
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    this.sockets.set(key, socket);
    this.wait(key, address, 'login-timeout');
    socket.once('close', () => {
      this.sockets.delete(key);
      this.stopWaiting(key);
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

  /** The connection has logged in: it has the login grace time again to start its session. */
  loggedIn(address: string, port: number | undefined): void {
    const key = keyOf(address, port);
    if (this.waiting.has(key)) this.wait(key, address, 'no-session-timeout');
  }

  /** The connection's session has started: it no longer counts against the startup limits. */
  sessionStarted(address: string, port: number | undefined): void {
    this.stopWaiting(keyOf(address, port));
  }

  /** Its session has ended: a connection that stays has the login grace time to leave, and counts again meanwhile. */
  sessionEnded(address: string, port: number | undefined): void {
    const key = keyOf(address, port);
    if (this.sockets.has(key)) this.wait(key, address, 'no-session-timeout');
  }

  private refusal(address: string): string | undefined {
    if (this.closing) return 'shutting down';
    if ((this.perAddress.get(address) ?? 0) >= this.limits.maxConnectionsPerAddress) return 'too many connections';
    if ((this.waitingFrom.get(address) ?? 0) >= this.limits.maxStartupsPerAddress) {
      return 'too many connections not yet in a session from this address';
    }
    if (dropsStartup(this.waiting.size, this.startups, this.random)) return 'too many connections not yet in a session';
    return undefined;
  }

  /** Counts the connection as waiting (again), with a fresh grace time after which it is cut. */
  private wait(key: string, address: string, event: 'login-timeout' | 'no-session-timeout'): void {
    const cut = () => {
      this.log(event, {address});
      this.sockets.get(key)?.destroy();
    };
    const timer = setTimeout(cut, this.limits.loginGraceTime * 1000);
    const entry = this.waiting.get(key);
    if (entry) {
      clearTimeout(entry.timer);
      entry.timer = timer;
      return;
    }
    this.waiting.set(key, {address, timer});
    this.waitingFrom.set(address, (this.waitingFrom.get(address) ?? 0) + 1);
  }

  private stopWaiting(key: string): void {
    const entry = this.waiting.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(key);
    const left = (this.waitingFrom.get(entry.address) ?? 1) - 1;
    if (left <= 0) this.waitingFrom.delete(entry.address);
    else this.waitingFrom.set(entry.address, left);
  }
}

function keyOf(address: string, port: number | undefined): string {
  return `${address}:${port ?? 0}`;
}
