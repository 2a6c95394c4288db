import type {BlocksApp} from '../blocks/Blocks.js';
import type {GlobalStore} from '../session/GlobalStore.js';
import {SessionHost} from '../session/SessionHost.js';
import type {ResolvedServeOptions} from './serve-options.js';
import type {ServerLog} from './server-log.js';

/** The app's host as the server runs it: on the shared store if any, with --show-error, its logs in the server's log. */
export function serverAppHost(
  app: BlocksApp,
  config: Pick<ResolvedServeOptions, 'showError'>,
  log: ServerLog,
  globals: GlobalStore | undefined,
): SessionHost {
  const host = SessionHost.of(app);
  if (globals) host.setGlobalStore(globals);
  host.showError = config.showError;
  host.logger = {
    info: message => log('app', {message}),
    warn: message => log('app-warning', {message}),
    error: (message, error) =>
      log('app-error', {message, error: error instanceof Error ? (error.stack ?? error.message) : String(error ?? '')}),
  };
  return host;
}
