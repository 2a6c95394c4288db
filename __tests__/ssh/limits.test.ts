import {type Socket, connect as tcpConnect} from 'node:net';
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import hangman from '../../examples/hangman.js';
import {SshUser} from '../helpers/ssh.js';
import {sshServing} from '../helpers/ssh-serving.js';

const {lines, serve, connect} = sshServing('limits-test');
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

async function user(port: number, name: string, pty = {columns: 80, rows: 24}) {
  return connect({port, username: name, pty});
}

test('a 10 MB paste arrives whole as one edit while another user keeps playing', async () => {
  let box!: gr.Textbox;
  let length!: gr.Number;
  const app = gr.Blocks({title: 'Paste'}, () => {
    box = gr.Textbox({label: 'Text'});
    length = gr.Number({label: 'Length'});
    box.submit((text: string) => text.length, [box], [length]);
  });
  const server = await serve(app, {inputBytesPerSecond: 8 * 1024 * 1024});
  const paster = await user(server.port, 'paster');
  const player = await user((await serve(hangman)).port, 'player');
  await paster.waitFor(/Length/);
  await player.waitFor(/Guess Letter/);
  const size = 10 * 1024 * 1024;
  paster.type(`\u001b[200~${'x'.repeat(size)}\u001b[201~\r`);
  // While the paste streams in, the other user's keys still echo.
  player.type('g\t\r');
  await player.waitFor(/g_____/, 5000);
  await paster.waitFor(new RegExp(`│ ${size}\\s`), 30000);
});
test('a 2 MB paste echoed into a chat draws only what shows: its sender sees it at once, another user plays on', async () => {
  const app = gr.Blocks({title: 'Echo'}, () => {
    const chat = gr.Chatbot({label: 'Chat', height: 5});
    const box = gr.Textbox({label: 'Say'});
    box.submit(
      (text: string, history: gr.ChatMessage[]) => [[...history, {role: 'user', content: text}], ''],
      [box, chat],
      [chat, box],
    );
  });
  const server = await serve(app, {inputBytesPerSecond: 8 * 1024 * 1024});
  const hangmanServer = await serve(hangman);
  const paster = await user(server.port, 'paster');
  const player = await user(hangmanServer.port, 'player');
  await paster.waitFor(/Say/);
  await player.waitFor(/Guess Letter/);
  // Laid out whole, 2 MB of text would hold the one event loop every session shares for about half a minute.
  paster.type(`\u001b[200~${'y'.repeat(2 * 1024 * 1024)} the end\u001b[201~\r`);
  player.type('g\t\r');
  await player.waitFor(/g_____/, 5000);
  // The end of the message shows in the chat, above the box, which the handler emptied.
  await paster.waitFor(/y+ the end *│\n(│.*\n)*╰─+╯\nSay\n╭─+╮\n│ +│/, 10000);
});

test('a connection that never finishes its handshake is cut at the login grace time, and real users still get in', async () => {
  const server = await serve(hangman, {loginGraceTime: 1});
  const silent = tcpConnect(server.port, '127.0.0.1');
  silent.resume();
  sockets.push(silent);
  const closed = new Promise(resolve => silent.once('close', resolve));
  const player = await user(server.port, 'player');
  await player.waitFor(/Guess Letter/);
  await closed;
  expect(lines.some(l => l.startsWith('login-timeout'))).toBe(true);
});

test('connections beyond the per-address limit are refused at once', async () => {
  const server = await serve(hangman, {maxConnectionsPerAddress: 2});
  await user(server.port, 'one');
  await user(server.port, 'two');
  await expect(SshUser.connect({port: server.port, username: 'three'})).rejects.toThrow();
  expect(lines.some(l => l.startsWith('refused'))).toBe(true);
});

test('sessions beyond the server limit get a one-line message and exit status 1', async () => {
  const server = await serve(hangman, {maxSessions: 1});
  await (await user(server.port, 'one')).waitFor(/Guess Letter/);
  const second = await user(server.port, 'two');
  await second.closed;
  expect(second.raw).toContain('termblocks: the server is full; try again later');
  expect(second.exitCode).toBe(1);
});

test('a session idle past the idle timeout is closed with a message', async () => {
  const server = await serve(hangman, {idleTimeout: 1});
  const idle = await user(server.port, 'idle');
  await idle.closed;
  expect(idle.raw).toContain('termblocks: closed after being idle too long');
});
