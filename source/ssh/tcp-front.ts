import {createServer, type Server} from 'node:net';
import type ssh2 from 'ssh2';
import type {Gate} from './gate.js';
import type {ResolvedServeOptions} from './serve-options.js';
import type {ServerLog} from './server-log.js';

/**
 * Listens on the configured address and hands ssh2 the sockets the gate lets in.
 * We own the TCP server so the gate sees every socket first.
 */
export async function listenBehindGate(
  server: ssh2.Server,
  gate: Gate,
  config: Pick<ResolvedServeOptions, 'host' | 'port'>,
  log: ServerLog,
): Promise<Server> {
  const tcp = createServer(socket => {
    const admitted = gate.admit(socket);
    if (admitted === true) server.injectSocket(socket);
    // Asked of the primary under --workers: the socket is paused meanwhile, so no byte is lost.
    else if (admitted !== false) void admitted.then(ok => ok && !socket.destroyed && server.injectSocket(socket));
  });
  await listen(tcp, config);
  tcp.on('error', (error: Error) => log('server-error', {error: error.message}));
  server.on('error', (error: Error) => log('server-error', {error: error.message}));
  return tcp;
}

function listen(tcp: Server, {port, host}: Pick<ResolvedServeOptions, 'host' | 'port'>): Promise<void> {
  return new Promise((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });
}
