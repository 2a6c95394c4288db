import type {GlobalStore} from '../session/GlobalStore.js';
import {STORE_PASSWORD_VARIABLE} from './serve-options.js';
import type {ServerLog} from './server-log.js';

/** The shared store `--store` names, logging to the server's log; loaded only when asked for. */
export async function openStore(url: string, log: ServerLog): Promise<GlobalStore> {
  const {RedisGlobalStore, redactedUrl} = await import('../session/RedisGlobalStore.js');
  const store = await RedisGlobalStore.open({
    url,
    password: process.env[STORE_PASSWORD_VARIABLE] || undefined,
    logger: {
      info: message => log('store', {message}),
      warn: message => log('store-warning', {message}),
      error: (message, error) => log('store-error', {message, error: error instanceof Error ? error.message : undefined}),
    },
  });
  log('store', {message: `gr.Global values live in ${redactedUrl(url)}`});
  return store;
}
