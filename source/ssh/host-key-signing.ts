import {createPrivateKey, type KeyObject, sign} from 'node:crypto';
import ssh2 from 'ssh2';
import {readableEd25519Key} from './HostKeyStore.js';

/**
 * ssh2 signs every key exchange with the host key's PEM text, which Node parses
 * again on each call: 0.9 ms of a connection's CPU, against 0.07 ms with the key
 * parsed once. Its parsed keys share one class; its `sign` is replaced by one that
 * keeps each PEM's KeyObject. The same signature results (ed25519 is deterministic,
 * and the tests check a strict OpenSSH client accepts it). Done once per process.
 */
let installed = false;
const parsedKeys = new Map<string, KeyObject>();

interface SigningKey {
  getPrivatePEM(): string | null;
  sign(data: Buffer, algo?: string): Buffer | Error;
}

export function signWithParsedHostKeys(): boolean {
  if (installed) return true;
  const sample = ssh2.utils.parseKey(readableEd25519Key());
  const key = (Array.isArray(sample) ? sample[0] : sample) as unknown as SigningKey | Error;
  if (key instanceof Error) return false;
  const prototype = Object.getPrototypeOf(key) as SigningKey;
  // The hash ssh2 signs with when it names none lives behind one of its symbols.
  const hashSymbol = Object.getOwnPropertySymbols(key).find(symbol => symbol.description === 'Hash Algorithm');
  if (typeof prototype.sign !== 'function' || hashSymbol === undefined) return false;
  prototype.sign = function signParsed(this: SigningKey & Record<symbol, string | null>, data: Buffer, algo?: string) {
    const pem = this.getPrivatePEM();
    if (pem === null) return new Error('No private key available');
    let parsed = parsedKeys.get(pem);
    if (parsed === undefined) {
      if (parsedKeys.size >= 16) parsedKeys.clear();
      parsed = createPrivateKey(pem);
      parsedKeys.set(pem, parsed);
    }
    try {
      return sign(algo || this[hashSymbol] || null, data, parsed);
    } catch (error) {
      return error as Error;
    }
  };
  installed = true;
  return true;
}
