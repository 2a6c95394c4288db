import {timingSafeEqual} from 'node:crypto';
import {readFileSync} from 'node:fs';
import ssh2 from 'ssh2';

type ParsedKey = ssh2.ParsedKey;

/** One allowed key, and the name it logs in as when its line pins one. */
export interface AuthorizedKey {
  readonly key: ParsedKey;
  /** From the option `termblocks-user="alice"`: the session's name, whatever the client claims. */
  readonly userName?: string;
}

/** The option that pins the name of the user a key logs in as. */
const USER_OPTION = 'termblocks-user';

/**
 * The public keys allowed to log in, read from an OpenSSH authorized_keys file:
 * `[options] keytype base64 [comment]` per line. Of the options, only
 * `termblocks-user="name"` means something here; the others (from=, no-pty, ...)
 * are read past and have no effect.
 */
export class AuthorizedKeys {
  private constructor(private readonly keys: AuthorizedKey[]) {}

  static fromFile(path: string): AuthorizedKeys {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`cannot read authorized keys ${path}: ${(error as Error).message}`);
    }
    const keys = text.split('\n').flatMap(line => {
      const entry = parseLine(line.trim());
      return entry ? [entry] : [];
    });
    if (keys.length === 0) throw new Error(`authorized keys ${path} holds no key termblocks can read`);
    return new AuthorizedKeys(keys);
  }

  /** The allowed key matching what the client offered (same type and bytes), if any. */
  find(algo: string, data: Buffer): AuthorizedKey | undefined {
    return this.keys.find(({key}) => {
      const blob = key.getPublicSSH();
      return key.type === algo && blob.length === data.length && timingSafeEqual(blob, data);
    });
  }
}

const KEY_TYPE = /^(ssh-|ecdsa-|sk-)/;

function parseLine(line: string): AuthorizedKey | undefined {
  if (line === '' || line.startsWith('#')) return undefined;
  const {options, rest} = KEY_TYPE.test(line) ? {options: [], rest: line} : splitOptions(line);
  const parsed = ssh2.utils.parseKey(rest);
  if (parsed instanceof Error) return undefined;
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  const pinned = options.find(option => option.name === USER_OPTION)?.value;
  return pinned === undefined ? {key} : {key, userName: pinned};
}

/**
 * Splits the options field off a line: options are separated by commas and end at the
 * first space outside double quotes; a quoted value may hold spaces, commas and `\"`.
 */
function splitOptions(line: string): {options: {name: string; value?: string}[]; rest: string} {
  const options: {name: string; value?: string}[] = [];
  let current = '';
  let quoted = false;
  let at = 0;
  for (; at < line.length; at++) {
    const char = line[at];
    if (quoted && char === '\\' && line[at + 1] === '"') {
      current += '"';
      at++;
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if (!quoted && (char === ',' || char === ' ' || char === '\t')) {
      options.push(option(current));
      current = '';
      if (char !== ',') break;
    } else current += char;
  }
  if (current !== '') options.push(option(current));
  return {options, rest: line.slice(at).trim()};
}

function option(text: string): {name: string; value?: string} {
  const equals = text.indexOf('=');
  if (equals < 0) return {name: text.toLowerCase()};
  const value = text.slice(equals + 1);
  return {name: text.slice(0, equals).toLowerCase(), value: value.replace(/^"(.*)"$/s, '$1')};
}
