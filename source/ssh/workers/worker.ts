import type {BlocksApp} from '../../blocks/Blocks.js';
import type {HostKey} from '../HostKeyStore.js';
import {type RunningServer, serveApp} from '../SshServer.js';
import type {ServeOptions} from '../serve-options.js';
import {stderrLog} from '../server-log.js';
import {isOurs, type PrimaryMessage, type WorkerMessage} from './messages.js';
import {type PrimaryChannel, RemoteGate} from './remote-gate.js';

/**
 * One worker of `serve --workers`: the same server as one process, listening on the port
 * node:cluster shares with every worker, with the primary's host key, and the primary's
 * counts for every limit (RemoteGate). `onShutdown` runs when the primary asks every worker
 * to end its sessions, or disappears.
 */
export async function serveAsWorker(app: BlocksApp, options: ServeOptions, onShutdown: () => void): Promise<RunningServer> {
  const primary = process as unknown as PrimaryChannel & NodeJS.Process;
  const gate = new RemoteGate(primary);
  const hostKey = await new Promise<HostKey>(resolve => {
    const started = (message: unknown) => {
      if (!isOurs<PrimaryMessage>(message) || message.termblocks !== 'start') return;
      primary.off('message', started);
      resolve(message.hostKey);
    };
    primary.on('message', started);
    // Asked for, not pushed: a message sent before this listener existed would be lost.
    primary.send({termblocks: 'hello'} satisfies WorkerMessage);
  });
  primary.on('message', message => {
    if (isOurs<PrimaryMessage>(message) && message.termblocks === 'shutdown') onShutdown();
  });
  // The primary died (SIGKILL, say): nobody answers for the limits any more, so this worker ends too.
  primary.once('disconnect', () => {
    gate.orphaned();
    onShutdown();
  });
  // Every line says which worker wrote it.
  const log = options.log ?? ((event, fields) => stderrLog(event, {...fields, worker: process.pid}));
  const server = await serveApp(app, {...options, log}, {hostKey, gate});
  primary.send({termblocks: 'listening', title: app.title, host: server.host, port: server.port} satisfies WorkerMessage);
  return server;
}
