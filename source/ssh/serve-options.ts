import {isIP} from 'node:net';
import type {Base} from '../blocks/themes/Base.js';
import type {WatchReloads} from '../terminal/app-reload.js';
import type {ThemeMode} from '../terminal/palette.js';
import {defaultMaxStartups, parseMaxStartups} from './max-startups.js';
import type {ServerLog} from './server-log.js';

export type AuthMode = 'none' | 'publickey' | 'password';

/** Everything `termblocks serve` and `demo.launch({ssh})` accept. Every limit has a default. */
export interface ServeOptions {
  /** Address to listen on. Default 127.0.0.1: nothing is exposed unless asked. */
  host?: string;
  /** Default 2222; 0 picks a free port. */
  port?: number;
  /** Private host key file; default one generated once into the per-user state directory. */
  hostKey?: string;
  /** Default `none`, which is refused on a non-loopback address unless `allowAnonymous`. */
  auth?: AuthMode;
  authorizedKeys?: string;
  /** `scrypt:<salt>:<hash>` as `termblocks hash-password` prints it. */
  passwordHash?: string;
  allowAnonymous?: boolean;
  /** Live sessions the server holds at once. Default 1000. */
  maxSessions?: number;
  /** Seconds without input before a session is closed. Default 900. */
  idleTimeout?: number;
  /** Seconds a connection may take to authenticate, and then to start its session (or to leave after it). Default 30. */
  loginGraceTime?: number;
  /** Failed authentication attempts before a connection is dropped. Default 6. */
  maxAuthAttempts?: number;
  /** Connections not yet in a session (not logged in, or logged in without a session), at once. Default 50. */
  maxUnauthenticated?: number;
  /**
   * OpenSSH's MaxStartups for those connections, `start:rate:full`: from `start` a new one is
   * refused with probability `rate`%, rising to 100% at `full`. Default `N/5:30:N` for
   * `maxUnauthenticated` N, so 10:30:50. Given, its `full` replaces `maxUnauthenticated`.
   */
  maxStartups?: string;
  /** Connections not yet in a session from one address, at once (OpenSSH's PerSourceMaxStartups). Default 3. */
  maxStartupsPerAddress?: number;
  /** Connections from one address, at once. Default 20. */
  maxConnectionsPerAddress?: number;
  /** Input a session may send per second, in bytes (a paste faster than this is slowed, not lost). Default 1 MiB. */
  inputBytesPerSecond?: number;
  /** Seconds a client may stop reading before its session is dropped. Default 30. */
  outputStallTimeout?: number;
  log?: ServerLog;
  /** Take each user's mouse (default true; `--no-mouse` leaves it to their terminals). */
  mouse?: boolean;
  /** Each user's colours: dark, light, or `auto` (the default) to ask their terminal for its background. */
  themeMode?: ThemeMode | 'auto';
  /** A theme instead of the app's own (`demo.launch({ssh, theme})`). */
  theme?: Base;
  /** `serve --watch`: each save shows every connected user the app again (or its error), and new users get it. */
  watch?: WatchReloads;
  /**
   * Where the app's `gr.Global` values live: `redis://host:port/db` or `rediss://...`, shared
   * by every process given the same one. Default: this process's memory. A password comes
   * from the environment variable TERMBLOCKS_REDIS_PASSWORD, never from the URL.
   */
  store?: string;
  /** `--show-error`: a handler's exception shows its message to the user, as Gradio's `show_error`. Default false. */
  showError?: boolean;
}

type Optional = 'hostKey' | 'authorizedKeys' | 'passwordHash' | 'log' | 'watch' | 'store' | 'theme';
export type ResolvedServeOptions = Required<Omit<ServeOptions, Optional>> & Pick<ServeOptions, Optional>;

export function resolveServeOptions(options: ServeOptions): ResolvedServeOptions {
  const resolved: ResolvedServeOptions = {
    host: '127.0.0.1',
    port: 2222,
    auth: 'none',
    allowAnonymous: false,
    maxSessions: 1000,
    idleTimeout: 900,
    loginGraceTime: 30,
    maxAuthAttempts: 6,
    maxUnauthenticated: 50,
    maxStartups: '',
    maxStartupsPerAddress: 3,
    maxConnectionsPerAddress: 20,
    inputBytesPerSecond: 1024 * 1024,
    outputStallTimeout: 30,
    mouse: true,
    themeMode: 'auto',
    showError: false,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  if (resolved.auth === 'none' && !isLoopback(resolved.host) && !resolved.allowAnonymous) {
    throw new Error(
      `refusing to let anyone in without authentication on ${resolved.host}: use --auth publickey --authorized-keys FILE, --auth password, or --allow-anonymous if that is really what you want`,
    );
  }
  if (resolved.maxStartups === '') resolved.maxStartups = defaultMaxStartups(resolved.maxUnauthenticated);
  else resolved.maxUnauthenticated = parseMaxStartups(resolved.maxStartups).full;
  if (resolved.auth === 'publickey' && !resolved.authorizedKeys) throw new Error('--auth publickey needs --authorized-keys FILE');
  if (resolved.auth === 'password' && !resolved.passwordHash) {
    throw new Error('--auth password needs --password-hash (make one with: termblocks hash-password)');
  }
  if (resolved.store !== undefined) checkStoreUrl(resolved.store);
  return resolved;
}

/** Environment variable that holds the Redis password for `--store`: a command line shows in `ps`, the environment does not. */
export const STORE_PASSWORD_VARIABLE = 'TERMBLOCKS_REDIS_PASSWORD';

/** Refuses a `--store` that is not a Redis URL, or that carries a password. */
export function checkStoreUrl(store: string): void {
  let url: URL;
  try {
    url = new URL(store);
  } catch {
    throw new Error(`--store ${JSON.stringify(store)} is not a URL: give redis://host:port/db or rediss://host:port/db`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`--store supports redis:// and rediss:// URLs, not ${url.protocol}//`);
  }
  if (url.password !== '') {
    throw new Error(
      `--store: take the password out of the URL and put it in the environment variable ${STORE_PASSWORD_VARIABLE} (a command line shows in ps)`,
    );
  }
  if (!/^\/?\d*$/.test(url.pathname))
    throw new Error(`--store: the path of ${url.protocol}// URL is a database number, as in redis://127.0.0.1:6379/0`);
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}
