import type {BlocksApp} from '../blocks/Blocks.js';
import type {SessionHost} from '../session/SessionHost.js';
import type {ServerState} from './server-state.js';

/**
 * `serve --watch`: each save becomes the app new sessions open, and every live session
 * moves to it; a session that is just starting or ending is left to finish.
 */
export function watchReloads(state: ServerState, hostFor: (app: BlocksApp) => SessionHost): {close(): void} | undefined {
  return state.config.watch?.(reload => {
    state.host = hostFor(reload.app);
    state.log(reload.ok ? 'reload' : 'reload-failed', {message: reload.message, sessions: state.sessions.size});
    for (const live of state.sessions) void live.replace(state.host, reload);
  });
}
