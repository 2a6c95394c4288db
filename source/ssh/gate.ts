import type {Socket} from 'node:net';
import type {ConnectionGate} from './ConnectionGate.js';

/**
 * The door the server asks about every connection: ConnectionGate in one process,
 * RemoteGate (workers/) when the primary of `serve --workers` keeps the counts.
 */
export type Gate = Pick<ConnectionGate, 'closing' | 'cut' | 'loggedIn' | 'sessionStarted' | 'sessionEnded'> & {
  /** Whether to let this socket in (a refused one is destroyed); may ask another process. */
  admit(socket: Socket): boolean | Promise<boolean>;
  /** Why no session may start now, counting every process; without it, this process's sessions against --max-sessions. */
  sessionRefusal?(address: string, port: number | undefined): Promise<string | undefined>;
};
