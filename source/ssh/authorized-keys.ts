import {timingSafeEqual} from 'node:crypto';
import {readFileSync} from 'node:fs';
import ssh2 from 'ssh2';

type ParsedKey = ssh2.ParsedKey;

/** The public keys allowed to log in, read from an OpenSSH authorized_keys file. */
export class AuthorizedKeys {
  private constructor(private readonly keys: ParsedKey[]) {}

  static fromFile(path: string): AuthorizedKeys {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`cannot read authorized keys ${path}: ${(error as Error).message}`);
    }
    const keys: ParsedKey[] = [];
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      // Options before the key type (from="...", no-pty) are not supported; take the key itself.
      const at = trimmed.search(/(ssh-|ecdsa-|sk-)/);
      const parsed = ssh2.utils.parseKey(at >= 0 ? trimmed.slice(at) : trimmed);
      if (!(parsed instanceof Error)) keys.push(Array.isArray(parsed) ? parsed[0] : parsed);
    }
    if (keys.length === 0) throw new Error(`authorized keys ${path} holds no key termblocks can read`);
    return new AuthorizedKeys(keys);
  }

  /** The allowed key matching what the client offered (same type and bytes), if any. */
  find(algo: string, data: Buffer): ParsedKey | undefined {
    return this.keys.find(key => {
      const blob = key.getPublicSSH();
      return key.type === algo && blob.length === data.length && timingSafeEqual(blob, data);
    });
  }
}
