import type ssh2 from 'ssh2';
import type {SessionUser} from '../blocks/events.js';
import type {LiveShell, PtyRequest} from './channel-requests.js';
import type {ServerState} from './server-state.js';
import {startSession} from './session-lifecycle.js';

/** Where a connection comes from, as the gate counts it. */
export interface Peer {
  readonly address: string;
  readonly port: number | undefined;
}

/** Why no session may start now: the gate's answer across processes, or this process's sessions against --max-sessions. */
export function sessionRefusal({gate, host, config}: ServerState, {address, port}: Peer) {
  if (gate.sessionRefusal) return gate.sessionRefusal(address, port);
  return gate.closing || host.sessions.size >= config.maxSessions ? 'the server is full; try again later' : undefined;
}

/** Starts the app's session on a shell channel, counted by the gate and the server until it ends. */
export function startShell(
  state: ServerState,
  peer: Peer,
  user: SessionUser | undefined,
  stream: ssh2.ServerChannel,
  pty: PtyRequest,
): LiveShell {
  const {gate, sessions, config, log} = state;
  gate.sessionStarted(peer.address, peer.port);
  const live = startSession(stream, pty, {
    host: state.host,
    config,
    log,
    user,
    cut: () => gate.cut(peer.address, peer.port),
    onEnd: () => {
      sessions.delete(live);
      gate.sessionEnded(peer.address, peer.port);
    },
  });
  sessions.add(live);
  return live.terminal;
}
