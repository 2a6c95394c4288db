import {createHash} from 'node:crypto';
import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import ssh2 from 'ssh2';

/** The server's identity: its private key (OpenSSH format) and the fingerprint users will see. */
export interface HostKey {
  readonly privateKey: string;
  readonly fingerprint: string;
  readonly path: string;
}

/** Where termblocks keeps state for this user: $XDG_STATE_HOME/termblocks, else ~/.local/state/termblocks. Never the project. */
export function stateDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME !== '' ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(base, 'termblocks');
}

/**
 * Loads the host key from `path`, or generates an ed25519 key once into the
 * per-user state directory with mode 0600 and reuses it on every later start,
 * so returning users are not warned that the host key changed.
 */
export function loadHostKey(path?: string): HostKey {
  if (path) {
    if (!existsSync(path)) throw new Error(`host key ${path} does not exist`);
    const privateKey = readFileSync(path, 'utf8');
    return {privateKey, fingerprint: fingerprintOf(privateKey), path};
  }
  const directory = stateDirectory();
  const file = join(directory, 'ssh_host_ed25519_key');
  if (!existsSync(file)) {
    mkdirSync(directory, {recursive: true, mode: 0o700});
    writeFileSync(file, readableEd25519Key(), {mode: 0o600, flag: 'wx'});
  }
  // Whoever made the file, it must not be readable by others.
  chmodSync(file, 0o600);
  const privateKey = readFileSync(file, 'utf8');
  return {privateKey, fingerprint: fingerprintOf(privateKey), path: file};
}

/**
 * A new ed25519 private key, in OpenSSH's format, that ssh2 can read back: about one
 * key in 300 that ssh2 generates, its own parser calls malformed, and a host key
 * persisted like that would stop every later start.
 */
export function readableEd25519Key(): string {
  for (let attempt = 0; ; attempt++) {
    const key = ssh2.utils.generateKeyPairSync('ed25519').private;
    if (!(ssh2.utils.parseKey(key) instanceof Error) || attempt >= 20) return key;
  }
}

/** OpenSSH's `SHA256:...` fingerprint of a key (private or public). */
export function fingerprintOf(key: string | Buffer): string {
  const parsed = ssh2.utils.parseKey(key);
  if (parsed instanceof Error) throw new Error(`not a key ssh2 can read: ${parsed.message}`);
  const one = Array.isArray(parsed) ? parsed[0] : parsed;
  return fingerprintOfBlob(one.getPublicSSH());
}

export function fingerprintOfBlob(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
