import type ssh2 from 'ssh2';
import type {SessionUser} from '../blocks/events.js';
import {authenticate} from './authentication.js';
import {serveChannels} from './channel-requests.js';
import type {ServerState} from './server-state.js';
import {type Peer, sessionRefusal, startShell} from './session-start.js';

/** One SSH connection, from its first packet to its close: logged, authenticated, then its channels served. */
export function serveConnection(state: ServerState, client: ssh2.Connection, info: ssh2.ClientInfo): void {
  const peer: Peer = {address: info.ip, port: info.port};
  let user: SessionUser | undefined;
  trackConnection(state, client, peer, () => user);
  const {config, keys, passwords, log} = state;
  authenticate(client, {config, keys, passwords, address: peer.address, log, onLogin: loggedIn => (user = loggedIn)});
  client.on('ready', () => {
    state.gate.loggedIn(peer.address, peer.port);
    serveChannels(client, {
      log,
      address: peer.address,
      userName: () => user?.name,
      refusal: () => sessionRefusal(state, peer),
      startShell: (stream, pty) => startShell(state, peer, user, stream, pty),
    });
  });
}

/** Keeps the connection in the server's set while it is open, and logs its connect, errors and disconnect. */
function trackConnection(
  {clients, log}: ServerState,
  client: ssh2.Connection,
  {address}: Peer,
  user: () => SessionUser | undefined,
): void {
  const startedAt = Date.now();
  clients.add(client);
  client.on('error', error => log('connection-error', {address, error: error.message}));
  client.on('close', () => {
    clients.delete(client);
    log('disconnect', {user: user()?.name, address, seconds: ((Date.now() - startedAt) / 1000).toFixed(1)});
  });
  log('connect', {address});
}
