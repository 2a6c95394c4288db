import type ssh2 from 'ssh2';
import type {SessionUser} from '../blocks/events.js';
import type {AuthorizedKeys} from './authorized-keys.js';
import {fingerprintOfBlob} from './HostKeyStore.js';
import type {PasswordChecks} from './PasswordChecks.js';
import type {ResolvedServeOptions} from './serve-options.js';
import type {ServerLog} from './server-log.js';
import {safeUserName} from './user-name.js';

export interface AuthenticationOptions {
  config: Pick<ResolvedServeOptions, 'auth' | 'maxAuthAttempts'>;
  keys: AuthorizedKeys | undefined;
  /** The server's one queue of password checks, with `--auth password`. */
  passwords: PasswordChecks | undefined;
  address: string;
  log: ServerLog;
  /** Called once, with who logged in, just before ssh2 tells the client it is in. */
  onLogin: (user: SessionUser) => void;
}

/**
 * Decides who may log in on one connection: `--auth none` lets anyone in under the
 * name they claim; `publickey` wants a listed key and a signature checked here (ssh2
 * does not); `password` a password matching the scrypt hash. Failures past
 * `--max-auth-attempts` drop the connection, and nothing more it sends is checked.
 *
 * The session's name is the client's claim, unless the key's authorized_keys line pins
 * one (`termblocks-user="alice"`); either way it is made safe to show here, once.
 */
export function authenticate(
  client: ssh2.Connection,
  {config, keys, passwords, address, log, onLogin}: AuthenticationOptions,
): void {
  let failures = 0;
  let closed = false;
  client.on('close', () => {
    closed = true;
  });
  client.on('authentication', ctx => {
    // Past the limit the connection is ending; requests the client sent ahead are not checked.
    if (failures >= config.maxAuthAttempts || closed) return;
    const fail = (reason?: string) => {
      if (ctx.method !== 'none') {
        failures++;
        log('auth-failed', {user: ctx.username, address, method: ctx.method, reason});
      }
      ctx.reject([config.auth]);
      if (failures >= config.maxAuthAttempts) {
        log('auth-limit', {user: ctx.username, address});
        client.end();
      }
    };
    const accept = (user: SessionUser) => {
      onLogin(user);
      ctx.accept();
    };
    if (config.auth === 'none') return accept({name: safeUserName(ctx.username)});
    if (config.auth === 'password') {
      if (ctx.method !== 'password' || !passwords) return fail();
      void passwords
        .check(ctx.password, () => !closed)
        .catch(() => false)
        .then(matches => {
          if (closed) return;
          if (!matches) return fail();
          log('auth', {user: ctx.username, address, method: 'password'});
          accept({name: safeUserName(ctx.username)});
        });
      return;
    }
    if (ctx.method !== 'publickey') return fail();
    const entry = keys?.find(ctx.key.algo, ctx.key.data);
    if (!entry) return fail();
    const {key} = entry;
    // Without a signature the client only asks whether this key would do; ssh2 answers, nobody is logged in yet.
    if (!ctx.signature) return ctx.accept();
    // ssh2 does not check the signature: a client must prove it holds the private key.
    if (key.verify(ctx.blob as Buffer, ctx.signature, ctx.hashAlgo) !== true) return fail('bad signature');
    const user = {name: safeUserName(entry.userName ?? ctx.username), keyFingerprint: fingerprintOfBlob(key.getPublicSSH())};
    log('auth', {
      user: user.name,
      claimed: entry.userName === undefined ? undefined : ctx.username,
      address,
      method: 'publickey',
      key: user.keyFingerprint,
    });
    accept(user);
  });
}
