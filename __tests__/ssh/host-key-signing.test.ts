// The server signs key exchanges with a host key parsed once (source/ssh/host-key-signing.ts):
// the signatures must be exactly ssh2's, for each kind of host key it accepts, and valid.
import {createPublicKey, verify} from 'node:crypto';
import {expect, test} from '@jest/globals';
import ssh2 from 'ssh2';
import {signWithParsedHostKeys} from '../../source/ssh/host-key-signing.js';

const kinds = [
  ['ed25519', {}],
  ['ecdsa', {bits: 256}],
  ['rsa', {bits: 2048}],
] as const;
/** The hashes ssh2 asks for by name: for RSA only (rsa-sha2-256 and -512); otherwise the key's own. */
const hashes = {ed25519: [undefined], ecdsa: [undefined], rsa: [undefined, 'sha256', 'sha512']} as const;
const keys = kinds.map(([type, options]) => {
  const parsed = ssh2.utils.parseKey(ssh2.utils.generateKeyPairSync(type, options as never).private);
  return [type, Array.isArray(parsed) ? parsed[0] : parsed] as const;
});
const data = Buffer.from('the exchange hash of one handshake');
// Taken before the patch: ssh2's own signatures.
const before = keys.map(([type, key]) => hashes[type].map(hash => key.sign(data, hash)));

test('the patch finds ssh2 parsed keys and replaces their sign (a renamed internal would fail here)', () => {
  expect(signWithParsedHostKeys()).toBe(true);
  expect(signWithParsedHostKeys()).toBe(true);
});

test.each(keys.map(([type], i) => [type, i] as const))('%s: the same signatures as ssh2, and each verifies', (type, i) => {
  const [, key] = keys[i];
  const publicKey = createPublicKey(key.getPublicPEM());
  for (const [k, hash] of hashes[type].entries()) {
    const signature = key.sign(data, hash);
    expect(signature).toBeInstanceOf(Buffer);
    // ed25519 and RSA PKCS#1 are deterministic; ECDSA is not, so it is checked by verifying.
    if (type !== 'ecdsa') expect(signature).toEqual(before[i][k]);
    const algorithm = type === 'ed25519' ? null : (hash ?? (type === 'rsa' ? 'sha1' : 'sha256'));
    expect(verify(algorithm, data, publicKey, signature as Buffer)).toBe(true);
  }
});

test('a public key alone still refuses to sign, as in ssh2', () => {
  const parsed = ssh2.utils.parseKey(keys[0][1].getPublicSSH());
  const publicOnly = Array.isArray(parsed) ? parsed[0] : parsed;
  if (publicOnly instanceof Error) throw publicOnly;
  expect(publicOnly.sign(data)).toBeInstanceOf(Error);
});
