import type {Socket} from 'node:net';
import type {Gate} from '../gate.js';
import {isOurs, keyOf, type Peer, type PrimaryMessage, type WorkerMessage} from './messages.js';

/** The worker's end of the IPC channel: `process` in a cluster worker. */
export interface PrimaryChannel {
  send(message: WorkerMessage): void;
  on(event: 'message', listener: (message: unknown) => void): void;
}

/**
 * A worker's door under `serve --workers`: it asks the primary, which keeps the counts of
 * every worker (SharedLimits), before letting a connection in or starting a session, and
 * tells it what happens after. The socket stays paused while the primary answers.
 */
export class RemoteGate implements Gate {
  closing = false;
  private readonly sockets = new Map<string, Socket>();
  private readonly waiting = new Map<number, (refusal: string | undefined) => void>();
  private nextRequest = 0;

  constructor(private readonly primary: PrimaryChannel) {
    primary.on('message', message => {
      if (isOurs<PrimaryMessage>(message)) this.heard(message);
    });
  }

  admit(socket: Socket): boolean | Promise<boolean> {
    const peer: Peer = {address: socket.remoteAddress ?? 'unknown', port: socket.remotePort};
    // As ConnectionGate does in one process: small packets go at once; a client vanishing is normal.
    socket.setNoDelay(true);
    socket.on('error', () => {});
    if (this.closing) {
      socket.destroy();
      return false;
    }
    const key = keyOf(peer);
    this.sockets.set(key, socket);
    // Sent after the question, so the primary counts the connection before it hears it left.
    socket.once('close', () => {
      this.sockets.delete(key);
      this.tell('closed', peer);
    });
    return this.ask('admit', peer).then(refusal => {
      if (refusal === undefined && !this.closing && !socket.destroyed) return true;
      socket.destroy();
      return false;
    });
  }

  sessionRefusal(address: string, port: number | undefined): Promise<string | undefined> {
    if (this.closing) return Promise.resolve('the server is shutting down');
    return this.ask('session', {address, port});
  }

  cut(address: string, port: number | undefined): void {
    this.sockets.get(keyOf({address, port}))?.destroy();
  }

  loggedIn(address: string, port: number | undefined): void {
    this.tell('logged-in', {address, port});
  }

  sessionStarted(address: string, port: number | undefined): void {
    this.tell('session-started', {address, port});
  }

  sessionEnded(address: string, port: number | undefined): void {
    this.tell('session-ended', {address, port});
  }

  /** The primary is gone: nothing more is let in, and every question still open is answered no. */
  orphaned(): void {
    this.closing = true;
    for (const answer of this.waiting.values()) answer('the server is shutting down');
    this.waiting.clear();
  }

  private ask(question: 'admit' | 'session', peer: Peer): Promise<string | undefined> {
    const request = this.nextRequest++;
    return new Promise(resolve => {
      this.waiting.set(request, resolve);
      this.send({termblocks: question, request, ...peer});
    });
  }

  private tell(event: 'logged-in' | 'session-started' | 'session-ended' | 'closed', peer: Peer): void {
    this.send({termblocks: event, ...peer});
  }

  private send(message: WorkerMessage): void {
    try {
      this.primary.send(message);
    } catch {
      // The channel has closed: the worker is on its way out (see orphaned).
    }
  }

  private heard(message: PrimaryMessage): void {
    if (message.termblocks === 'answer') {
      const answer = this.waiting.get(message.request);
      this.waiting.delete(message.request);
      answer?.(message.refusal);
    } else if (message.termblocks === 'cut') {
      this.cut(message.address, message.port);
    }
  }
}
