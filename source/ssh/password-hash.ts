import {randomBytes, scryptSync, timingSafeEqual} from 'node:crypto';

/**
 * Passwords are never stored or passed in clear: `--password-hash` takes
 * `scrypt:<salt>:<hash>` (base64), as `termblocks hash-password` prints it.
 */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64')}:${scryptSync(password, salt, 32).toString('base64')}`;
}

/** Checks a password against a hash in constant time. A malformed hash matches nothing. */
export function verifyPassword(password: string, encoded: string): boolean {
  const [scheme, salt, hash] = encoded.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length || 32);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function isPasswordHash(encoded: string): boolean {
  return /^scrypt:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/.test(encoded);
}
