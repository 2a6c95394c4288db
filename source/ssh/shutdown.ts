import type ssh2 from 'ssh2';
import type {LiveSession} from './session-lifecycle.js';

/** How long shutdown waits for every session to end (goodbye, unload handlers, deleteCallback). */
export const SESSIONS_END_WAIT_MS = 5000;
/** Then how long it waits for every connection to close, so goodbyes and exit statuses reach their clients. */
export const CONNECTIONS_CLOSE_WAIT_MS = 2000;

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
