// Who may log in, against a real server: password checks off the event loop and bounded,
// user names made safe to show, and names pinned by authorized_keys.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, expect, test} from '@jest/globals';
import ssh2 from 'ssh2';
import * as gr from 'termblocks';
import chatroom from '../../examples/chatroom.js';
import hangman from '../../examples/hangman.js';
import {hashPassword} from '../../source/ssh/password-hash.js';
import {MAX_USER_NAME_LENGTH} from '../../source/ssh/user-name.js';
import {sshServing} from '../helpers/ssh-serving.js';

const {state: dir, lines, serve, connect} = sshServing('authentication');
const hash = hashPassword('open sesame');
const clients: ssh2.Client[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.end();
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
  const server = await serve(hangman, {auth: 'password', passwordHash: hash, maxAuthAttempts: 3});
  await guessAtOnce(server.port, 10);
  await sleep(500);
  expect(lines.filter(l => l.startsWith('auth-failed'))).toHaveLength(3);
  expect(lines.filter(l => l.startsWith('auth-limit'))).toHaveLength(1);
});

test('twenty clients guessing passwords do not stall another user’s echo: scrypt runs off the event loop', async () => {
  const server = await serve(hangman, {auth: 'password', passwordHash: hash});
  const bystander = await connect({port: server.port, username: 'bob', password: 'open sesame'});
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
  // Synchronous scrypt put it past a second here; off the loop it is tens of ms, a few hundred on a loaded machine.
  expect(p99).toBeLessThan(500);
}, 30000);

/** An app that shows its user's name, and remembers every name its handlers were given. */
function nameApp() {
  const names: (string | undefined)[] = [];
  const app = gr.Blocks({title: 'Who'}, demo => {
    const box = gr.Textbox({label: 'You are'});
    demo.load(
      (context: gr.HandlerContext) => {
        names.push(context.user?.name);
        return `name ${context.user?.name}`;
      },
      [],
      [box],
    );
  });
  return {app, names};
}

test('a user name with a newline, bidi, format and C1 characters reaches handlers cleaned and cut to length', async () => {
  const {app, names} = nameApp();
  const server = await serve(app);
  const claimed = `eve\nadmin\r\u202e\u2066\u200f\u200d\u0085\u2028${'x'.repeat(200)}`;
  const user = await connect({port: server.port, username: claimed});
  await user.waitFor(/name eveadminx+/);
  expect(names).toEqual([`eveadmin${'x'.repeat(MAX_USER_NAME_LENGTH - 'eveadmin'.length)}`]);
});

test('an authorized_keys line may pin the name its key logs in as, whatever the client claims', async () => {
  const alice = ssh2.utils.generateKeyPairSync('ed25519');
  const carol = ssh2.utils.generateKeyPairSync('ed25519');
  const file = join(dir, 'authorized_keys');
  writeFileSync(
    file,
    [
      `termblocks-user="Alice \\"A, Smith\\"",no-pty ${alice.public}`,
      `no-agent-forwarding,from="127.0.0.1,::1" ${carol.public}`,
    ].join('\n'),
  );
  const {app, names} = nameApp();
  const server = await serve(app, {auth: 'publickey', authorizedKeys: file});
  const pinned = await connect({port: server.port, username: 'admin', privateKey: alice.private});
  await pinned.waitFor(/name Alice "A, Smith"/);
  // Without the option, the name is the client's claim.
  const claimed = await connect({port: server.port, username: 'whoever', privateKey: carol.private});
  await claimed.waitFor(/name whoever/);
  expect(names).toEqual(['Alice "A, Smith"', 'whoever']);
});

test('in the chat room, a newline in a user name cannot forge a line from another user', async () => {
  const server = await serve(chatroom);
  const eve = await connect({port: server.port, username: 'eve\nadmin', pty: {columns: 100, rows: 24}});
  const bob = await connect({port: server.port, username: 'bob', pty: {columns: 100, rows: 24}});
  await eve.waitFor(/Message/);
  await bob.waitFor(/Message/);
  eve.type('\u001b[200~the password is 1234\u001b[201~\r');
  const screen = await bob.waitFor(/eveadmin: the password is 1234/);
  expect(screen).not.toMatch(/^\W*admin:/m);
});
