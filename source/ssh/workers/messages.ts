import type {HostKey} from '../HostKeyStore.js';

/** One client connection, as every process names it: the client's address and port. */
export interface Peer {
  address: string;
  port: number | undefined;
}

/** What a worker tells or asks its primary over the cluster's IPC channel. */
export type WorkerMessage =
  | {termblocks: 'hello'}
  | {termblocks: 'listening'; title: string; host: string; port: number}
  | ({termblocks: 'admit' | 'session'; request: number} & Peer)
  | ({termblocks: 'logged-in' | 'session-started' | 'session-ended' | 'closed'} & Peer);

/** What the primary tells a worker. */
export type PrimaryMessage =
  | {termblocks: 'start'; hostKey: HostKey}
  /** The answer to `admit` or `session`: why not, or nothing if it may. */
  | {termblocks: 'answer'; request: number; refusal?: string}
  | ({termblocks: 'cut'} & Peer)
  | {termblocks: 'shutdown'};

/** Ours, not one of node:cluster's own messages (those never reach 'message' listeners, but an app's might). */
export function isOurs<T extends {termblocks: string}>(message: unknown): message is T {
  return typeof message === 'object' && message !== null && typeof (message as {termblocks?: unknown}).termblocks === 'string';
}

export function keyOf({address, port}: Peer): string {
  return `${address}:${port ?? 0}`;
}
