// The door, against a real server: connections not yet in a session are bounded in
// number (MaxStartups with random early drop, and per address) and in time.
import {spawn} from 'node:child_process';
import {type Socket, connect as tcpConnect} from 'node:net';
import {afterEach, expect, test} from '@jest/globals';
import ssh2 from 'ssh2';
import hangman from '../../examples/hangman.js';
import {dropsStartup, parseMaxStartups} from '../../source/ssh/max-startups.js';
import {SshUser} from '../helpers/ssh.js';
import {sshServing} from '../helpers/ssh-serving.js';

const {lines, serve, connect} = sshServing('connection-gate');
const sockets: Socket[] = [];
const clients: ssh2.Client[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.end();
  for (const socket of sockets.splice(0)) socket.destroy();
});

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** A handshake that stalls: the version line, then silence. Resolves once the server has let it in or shut it. */
function stall(port: number, from: string): Promise<void> {
  const socket = tcpConnect({port, host: '127.0.0.1', localAddress: from});
  sockets.push(socket);
  socket.on('error', () => {});
  socket.resume();
  return new Promise(resolve => {
    socket.once('connect', () => {
      socket.write('SSH-2.0-stalled\r\n');
      setTimeout(resolve, 20);
    });
    socket.once('close', () => resolve());
  });
}

/** A client that logs in and then does nothing: no channel, ever. Resolves when logged in. */
function loginOnly(port: number, username: string): Promise<ssh2.Client> {
  const client = new ssh2.Client();
  clients.push(client);
  return new Promise((resolve, reject) => {
    client.on('ready', () => resolve(client));
    client.on('error', reject);
    client.connect({host: '127.0.0.1', port, username, readyTimeout: 10000});
  });
}

const closed = (client: ssh2.Client) => new Promise<void>(resolve => client.once('close', () => resolve()));

/** Real OpenSSH, without a pty: the server's "needs a terminal" answer proves the login went through. */
function openSshLogin(port: number): Promise<{code: number | null; output: string}> {
  const ssh = spawn(
    'ssh',
    [
      ...['-p', String(port), '-T', '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no'],
      ...['-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR', '-o', 'ConnectTimeout=10', 'alice@127.0.0.1'],
    ],
    {stdio: ['ignore', 'pipe', 'pipe']},
  );
  let output = '';
  ssh.stdout.on('data', data => {
    output += data.toString();
  });
  ssh.stderr.on('data', data => {
    output += data.toString();
  });
  return new Promise(resolve => ssh.once('exit', code => resolve({code, output})));
}

test('a real user still gets in while three addresses hold fifty stalled handshakes', async () => {
  const server = await serve(hangman);
  const port = server.port;
  const attackers = ['127.0.0.2', '127.0.0.3', '127.0.0.4'];
  await Promise.all(Array.from({length: 50}, (_, i) => stall(port, attackers[i % 3])));
  const player = await connect({port, username: 'player'});
  await player.waitFor(/Guess Letter/);
  // Each address holds at most 3 (--max-startups-per-address): 9 stalled, below the start of early drop (10).
  expect(lines.filter(l => l.startsWith('refused')).length).toBe(41);
  const openssh = await openSshLogin(port);
  expect(openssh).toEqual({code: 1, output: 'termblocks: this app needs a terminal: connect with ssh -t\r\n'});
}, 30000);

test('between start and full, new connections not yet in a session are dropped at random; at full, all are', async () => {
  const limits = parseMaxStartups('10:30:50');
  expect(limits).toEqual({start: 10, rate: 30, full: 50});
  expect(parseMaxStartups('20')).toEqual({start: 20, rate: 100, full: 20});
  expect(() => parseMaxStartups('10:30')).toThrow(/start:rate:full/);
  // Below start, never; at start, the rate (30%); half way, 65%; at full, always.
  expect(dropsStartup(9, limits, () => 0)).toBe(false);
  expect(dropsStartup(10, limits, () => 0.29)).toBe(true);
  expect(dropsStartup(10, limits, () => 0.31)).toBe(false);
  expect(dropsStartup(30, limits, () => 0.64)).toBe(true);
  expect(dropsStartup(30, limits, () => 0.66)).toBe(false);
  expect(dropsStartup(50, limits, () => 0.99)).toBe(true);
  // Against the server: with a 100% rate from 2, the third stalled handshake is refused.
  const server = await serve(hangman, {maxStartups: '2:100:10', maxStartupsPerAddress: 10});
  for (let i = 0; i < 3; i++) await stall(server.port, '127.0.0.2');
  expect(lines.filter(l => l.startsWith('refused'))).toEqual([
    'refused {"address":"127.0.0.2","reason":"too many connections not yet in a session"}',
  ]);
});

test('a logged-in connection that never opens a session is cut at the login grace time', async () => {
  const server = await serve(hangman, {loginGraceTime: 1});
  const idle = await loginOnly(server.port, 'idle');
  await closed(idle);
  expect(lines.some(l => l.startsWith('no-session-timeout'))).toBe(true);
});

test('a connection that stays after its session ended is cut at the login grace time', async () => {
  const server = await serve(hangman, {loginGraceTime: 1});
  const user = await connect({port: server.port, username: 'stayer'});
  await user.waitFor(/Guess Letter/);
  user.type('\u0003');
  await user.closed;
  // The channel is closed; the client keeps its connection open, doing nothing.
  const gone = closed(user.client);
  await Promise.race([gone, sleep(5000).then(() => Promise.reject(new Error('the connection is still open after 5 s')))]);
  expect(lines.some(l => l.startsWith('no-session-timeout'))).toBe(true);
});

test('logged-in connections without a session count against the limits and free them when cut', async () => {
  const server = await serve(hangman, {loginGraceTime: 1, maxConnectionsPerAddress: 3});
  const idle = await Promise.all([1, 2, 3].map(i => loginOnly(server.port, `idle${i}`)));
  await expect(SshUser.connect({port: server.port, username: 'refused'})).rejects.toThrow();
  await Promise.all(idle.map(closed));
  const player = await connect({port: server.port, username: 'player'});
  await player.waitFor(/Guess Letter/);
});
