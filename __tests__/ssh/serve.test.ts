import {expect, test} from '@jest/globals';
import chatroom from '../../examples/chatroom.js';
import hangman from '../../examples/hangman.js';
import * as gr from '../../source/index.js';
import {serveApp} from '../../source/ssh/SshServer.js';
import {sshServing} from '../helpers/ssh-serving.js';

const served = sshServing('ssh-test');
const {lines, log, serve} = served;
const connect = (port: number, username: string, options = {}) => served.connect({port, username, ...options});

test('the server warms its renderer on a screen of its own: the served app runs for its users only', async () => {
  let builds = 0;
  let loads = 0;
  const app = gr.Blocks(demo => {
    builds++;
    const greeting = gr.Textbox({label: 'Greeting'});
    demo.load(
      () => {
        loads++;
        return `hello, visitor ${loads}`;
      },
      [],
      [greeting],
    );
  });
  const server = await serve(app);
  // Warmed and listening, and nothing of the app has run: not its build, not its load event.
  expect({builds, loads, failed: lines.filter(line => line.startsWith('warm-up-failed'))}).toEqual({
    builds: 1,
    loads: 0,
    failed: [],
  });
  const ada = await connect(server.port, 'ada');
  await ada.waitFor(/hello, visitor 1/);
  expect(loads).toBe(1);
});

test('two users play hangman at once, each seeing only their own guesses', async () => {
  const server = await serve(hangman);
  const alice = await connect(server.port, 'alice');
  const bob = await connect(server.port, 'bob');
  await alice.waitFor(/Guess Letter/);
  await bob.waitFor(/Guess Letter/);
  alice.type('g');
  await alice.waitFor(/│ g\s/);
  alice.type('\t\r');
  await alice.waitFor(/g_____/);
  bob.type('r\t\r');
  await bob.waitFor(/_r____/);
  expect(await alice.screen()).toContain('g_____');
  expect(await alice.screen()).not.toContain('_r____');
  expect(await bob.screen()).not.toContain('g_____');
});

test('Ctrl+C ends only that session: the client gets exit status 0, the other user plays on', async () => {
  const server = await serve(hangman);
  const alice = await connect(server.port, 'alice');
  const bob = await connect(server.port, 'bob');
  await alice.waitFor(/Guess Letter/);
  await bob.waitFor(/Guess Letter/);
  alice.type('\u0003');
  await alice.closed;
  expect(alice.exitCode).toBe(0);
  // The client's terminal is left clean: cursor shown, bracketed paste and mouse reports off, alternate screen left.
  expect(alice.raw.endsWith('\u001b[0m\u001b[?2004l\u001b[?25h\u001b[?1006l\u001b[?1000l\u001b[?1049l')).toBe(true);
  bob.type('o\t\r');
  await bob.waitFor(/_____o/);
});

test('in the chat room a message reaches the other user live, and escape payloads arrive as text', async () => {
  const server = await serve(chatroom);
  const alice = await connect(server.port, 'alice', {pty: {columns: 100, rows: 24}});
  const bob = await connect(server.port, 'bob', {pty: {columns: 100, rows: 24}});
  await alice.waitFor(/Message/);
  await bob.waitFor(/Message/);
  const before = bob.raw.length;
  // OSC 52 (clipboard), OSC 0 (title), a cursor move, \r, \b, BEL and C1, pasted by alice.
  alice.type('\u001b[200~hi\u001b]52;c;cGF3bmVk\u0007\u001b]0;owned\u0007\u001b[5;5H\r\b\u0007\u009b2J bob\u001b[201~\r');
  const screen = await bob.waitFor(/alice: hi/);
  expect(screen).toMatch(/alice: hi\]52;c;cGF3bmVk\]0;owned\[5;5H\s*2J bob/);
  const received = bob.raw.slice(before);
  expect(received).not.toContain('\u001b]');
  expect(received).not.toContain('\u0007');
  expect(received).not.toContain('\u009b');
  expect(received).not.toContain('\b');
});

test('an exec request and a shell without a pty get a one-line explanation and exit status 1', async () => {
  const server = await serve(hangman);
  const exec = await connect(server.port, 'alice', {exec: 'ls'});
  await exec.closed;
  expect(exec.raw).toBe('termblocks: this server runs an app, not commands: connect without a command (ssh -t host)\r\n');
  expect(exec.exitCode).toBe(1);
  const plain = await connect(server.port, 'bob', {pty: false});
  await plain.closed;
  expect(plain.raw).toBe('termblocks: this app needs a terminal: connect with ssh -t\r\n');
  expect(plain.exitCode).toBe(1);
});

test('window sizes are clamped: 0x0 and 10000x10000 both draw a usable screen', async () => {
  const server = await serve(hangman);
  const tiny = await connect(server.port, 'tiny', {pty: {columns: 0, rows: 0}});
  await tiny.waitFor(/^Hangman\n/);
  const huge = await connect(server.port, 'huge', {pty: {columns: 10000, rows: 10000}});
  await huge.waitFor(/Guess Letter/);
  huge.stream.setWindow(10000, 10000, 0, 0);
  huge.type('g\t\r');
  await huge.waitFor(/g_____/);
});

test('the server refuses to start without authentication on a public address', async () => {
  await expect(serveApp(hangman, {host: '0.0.0.0', port: 0, log})).rejects.toThrow(
    /refusing to let anyone in without authentication/,
  );
});
