// Who may log in, against a real server: password checks off the event loop and bounded,
// user names made safe to show, and names pinned by authorized_keys.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect, test} from '@jest/globals';
import ssh2 from 'ssh2';
import hangman from '../../examples/hangman.js';
import {hashPassword} from '../../source/ssh/password-hash.js';
import {type RunningServer, serveApp} from '../../source/ssh/SshServer.js';
import {SshUser} from '../helpers/ssh.js';

const dir = mkdtempSync(join(tmpdir(), 'termblocks-authentication-'));
const previousState = process.env.XDG_STATE_HOME;
const lines: string[] = [];
const log = (event: string, fields: Record<string, unknown>) => lines.push(`${event} ${JSON.stringify(fields)}`);
const hash = hashPassword('open sesame');
let server: RunningServer | undefined;
const users: SshUser[] = [];
const clients: ssh2.Client[] = [];

beforeAll(() => {
  process.env.XDG_STATE_HOME = join(dir, 'state');
});
afterEach(async () => {
  lines.length = 0;
  for (const user of users.splice(0)) user.end();
  for (const client of clients.splice(0)) client.end();
  await server?.close();
  server = undefined;
});
afterAll(() => {
  process.env.XDG_STATE_HOME = previousState;
  rmSync(dir, {recursive: true, force: true});
});

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * A guesser that sends `count` wrong passwords at once, without waiting for answers
 * (ssh2's client waits; its protocol object does not). Resolves when the server has closed the connection.
 * (ssh2's server answers them in turn, holding up to ten.)
 */
function guessAtOnce(port: number, count: number): Promise<void> {
  const client = new ssh2.Client();
  clients.push(client);
  return new Promise(resolve => {
    let first = true;
    client.on('error', () => {});
    client.on('close', () => resolve());
    client.connect({
      host: '127.0.0.1',
      port,
      username: 'mallory',
      readyTimeout: 20000,
      authHandler: (_methods, _partial, next) => {
        // Later failures are not answered: the client just waits for what the server does with the rest.
        if (!first) return;
        first = false;
        const protocol = (client as unknown as {_protocol: {authPassword(user: string, password: string): void}})._protocol;
        for (let i = 2; i <= count; i++) protocol.authPassword('mallory', `guess ${i}`);
        next({type: 'password', username: 'mallory', password: 'guess 1'});
      },
    });
  });
}

test('with --max-auth-attempts 3, a client that sends ten passwords at once has three checked, then is dropped', async () => {
  server = await serveApp(hangman, {port: 0, log, auth: 'password', passwordHash: hash, maxAuthAttempts: 3});
  await guessAtOnce(server.port, 10);
  await sleep(500);
  expect(lines.filter(l => l.startsWith('auth-failed'))).toHaveLength(3);
  expect(lines.filter(l => l.startsWith('auth-limit'))).toHaveLength(1);
});

test('twenty clients guessing passwords do not stall another user’s echo: scrypt runs off the event loop', async () => {
  server = await serveApp(hangman, {port: 0, log, auth: 'password', passwordHash: hash});
  const bystander = await SshUser.connect({port: server.port, username: 'bob', password: 'open sesame'});
  users.push(bystander);
  await bystander.waitFor(/Guess Letter/);
  let attacking = true;
  const port = server.port;
  const attackers = Array.from({length: 20}, async () => {
    while (attacking) await guessAtOnce(port, 10);
  });
  await sleep(300);
  // The bystander types a letter, then erases it, ten times a second; each echo is timed.
  const latencies: number[] = [];
  for (let i = 0; i < 30; i++) {
    const sent = performance.now();
    const echoed = new Promise<void>(resolve => bystander.stream.once('data', () => resolve()));
    bystander.type(i % 2 === 0 ? 'g' : '\u007f');
    await echoed;
    latencies.push(performance.now() - sent);
    await sleep(100);
  }
  attacking = false;
  for (const client of clients) client.end();
  await Promise.all(attackers);
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)];
  expect(lines.filter(l => l.startsWith('auth-failed')).length).toBeGreaterThan(20);
  process.stdout.write(
    `bystander echo p99 ${p99.toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms, checks ${lines.filter(l => l.startsWith('auth-failed')).length}\n`,
  );
  expect(p99).toBeLessThan(250);
}, 30000);
