import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@jest/globals';
import ssh2 from 'ssh2';
import hangman from '../../examples/hangman.js';
import {fingerprintOf, loadHostKey} from '../../source/ssh/HostKeyStore.js';
import {hashPassword, verifyPassword} from '../../source/ssh/password-hash.js';
import {SshUser} from '../helpers/ssh.js';
import {sshServing} from '../helpers/ssh-serving.js';

const {state, lines, serve} = sshServing('auth-test');
const alice = ssh2.utils.generateKeyPairSync('ed25519');
const mallory = ssh2.utils.generateKeyPairSync('ed25519');
const authorizedKeys = join(state, 'authorized_keys');
writeFileSync(authorizedKeys, `# the team\n${alice.public}\n`);

test('the host key is generated once with mode 0600 in the state directory, then reused', () => {
  const first = loadHostKey();
  expect(first.path).toBe(join(state, 'termblocks', 'ssh_host_ed25519_key'));
  expect(statSync(first.path).mode & 0o777).toBe(0o600);
  const second = loadHostKey();
  expect(second.fingerprint).toBe(first.fingerprint);
  expect(first.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  expect(readFileSync(first.path, 'utf8')).toContain('OPENSSH PRIVATE KEY');
});

test('a listed key logs in, and the handler context names the user and the key fingerprint', async () => {
  const server = await serve(hangman, {auth: 'publickey', authorizedKeys});
  const user = await SshUser.connect({port: server.port, username: 'alice', privateKey: alice.private});
  await user.waitFor(/Guess Letter/);
  expect(lines.some(l => l.startsWith('auth ') && l.includes(fingerprintOf(alice.public)))).toBe(true);
  user.end();
});

test('a key that is not listed is refused', async () => {
  const server = await serve(hangman, {auth: 'publickey', authorizedKeys});
  await expect(SshUser.connect({port: server.port, username: 'mallory', privateKey: mallory.private})).rejects.toThrow(
    /authentication methods failed/,
  );
});

test('a listed key with a signature made by another key is refused: signatures are verified', async () => {
  const server = await serve(hangman, {auth: 'publickey', authorizedKeys});
  const claimed = ssh2.utils.parseKey(alice.public) as ssh2.ParsedKey;
  const forger = ssh2.utils.parseKey(mallory.private) as ssh2.ParsedKey;
  // Offers alice's public key but signs with mallory's private key.
  const forged = Object.assign(Object.create(Object.getPrototypeOf(claimed)), claimed, {
    isPrivateKey: () => true,
    sign: (data: Buffer, algo?: string) => forger.sign(data, algo),
  });
  const attempt = SshUser.connect({
    port: server.port,
    username: 'alice',
    authHandler: (_methods, _partial, next) => {
      tries++;
      next(tries === 1 ? ({type: 'publickey', username: 'alice', key: forged} as never) : (false as never));
    },
  });
  let tries = 0;
  await expect(attempt).rejects.toThrow();
  expect(lines.some(l => l.startsWith('auth '))).toBe(false);
  expect(lines.some(l => l.startsWith('auth-failed') && l.includes('bad signature'))).toBe(true);
});

test('passwords are checked against a scrypt hash; wrong ones past the limit drop the connection', async () => {
  const hash = hashPassword('open sesame');
  expect(await verifyPassword('open sesame', hash)).toBe(true);
  expect(await verifyPassword('open sesam', hash)).toBe(false);
  const server = await serve(hangman, {auth: 'password', passwordHash: hash, maxAuthAttempts: 3});
  const user = await SshUser.connect({port: server.port, username: 'bob', password: 'open sesame'});
  await user.waitFor(/Guess Letter/);
  user.end();
  let tries = 0;
  const guessing = SshUser.connect({
    port: server.port,
    username: 'mallory',
    authHandler: (_methods, _partial, next) => {
      tries++;
      next(tries <= 10 ? {type: 'password', username: 'mallory', password: `guess ${tries}`} : (false as never));
    },
  });
  await expect(guessing).rejects.toThrow();
  expect(tries).toBeLessThanOrEqual(4);
  expect(lines.some(l => l.startsWith('auth-limit'))).toBe(true);
});
