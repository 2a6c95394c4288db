import {randomBytes, scrypt, scryptSync, timingSafeEqual} from 'node:crypto';

/**
 * Passwords are never stored or passed in clear: `--password-hash` takes
 * `scrypt:<salt>:<hash>` (base64), as `termblocks hash-password` prints it.
 */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64')}:${scryptSync(password, salt, 32).toString('base64')}`;
}

/**
 * Checks a password against a hash in constant time, off the event loop (scrypt runs in
 * libuv's thread pool: tens of milliseconds a check, which every session would feel if
 * it ran here). A malformed hash matches nothing.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, salt, hash] = encoded.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(salt, 'base64'), expected.length || 32, (error, key) => (error ? reject(error) : resolve(key))),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function isPasswordHash(encoded: string): boolean {
  return /^scrypt:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/.test(encoded);
}
