import type ssh2 from 'ssh2';
import type {LiveSession} from './session-lifecycle.js';

/**
 * How long shutdown waits for every session to end: its unload handlers, each bounded by
 * SessionHost.unloadTimeoutMs (5 s), then its deleteCallbacks, alongside its goodbye
 * (at most 2 × FLUSH_WAIT_MS). A second more than one unload handler may take.
 */
export const SESSIONS_END_WAIT_MS = 6000;
/** Then how long it waits for every connection to close, so goodbyes and exit statuses reach their clients. */
export const CONNECTIONS_CLOSE_WAIT_MS = 2000;
/** The most a shutdown takes, whatever the clients do. */
export const SHUTDOWN_MAX_MS = SESSIONS_END_WAIT_MS + CONNECTIONS_CLOSE_WAIT_MS;

const delay = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms).unref());

/** Ends every session and closes every connection, each step bounded in time. New connections are refused by then. */
export async function shutDown(sessions: Iterable<LiveSession>, clients: Iterable<ssh2.Connection>): Promise<void> {
  const ended = Promise.all([...sessions].map(session => session.end('the server is shutting down')));
  await Promise.race([ended, delay(SESSIONS_END_WAIT_MS)]);
  const open = [...clients];
  const gone = open.map(client => new Promise(resolve => (client as unknown as NodeJS.EventEmitter).once('close', resolve)));
  for (const client of open) client.end();
  await Promise.race([Promise.all(gone), delay(CONNECTIONS_CLOSE_WAIT_MS)]);
}
