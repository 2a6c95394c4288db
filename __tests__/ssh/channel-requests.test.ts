// The requests a logged-in client may make on its session channel, against a real server.
import {expect, test} from '@jest/globals';
import hangman from '../../examples/hangman.js';
import type {SshUser} from '../helpers/ssh.js';
import {sshServing} from '../helpers/ssh-serving.js';

const {lines, serve, connect} = sshServing('channel-requests');

/** The client's side of ssh2, to send what a well-behaved client never would. */
interface RawProtocol {
  shell(channel: number, wantReply: boolean): void;
  exec(channel: number, command: string, wantReply: boolean): void;
}
const raw = (user: SshUser) => (user.client as unknown as {_protocol: RawProtocol})._protocol;
const channelId = (user: SshUser) => (user.stream as unknown as {outgoing: {id: number}}).outgoing.id;

test('a second shell and an exec on a live shell channel are refused, and the session plays on', async () => {
  const server = await serve(hangman);
  const user = await connect({port: server.port, username: 'mallory'});
  await user.waitFor(/Guess Letter/);
  raw(user).shell(channelId(user), true);
  raw(user).exec(channelId(user), 'ls', true);
  raw(user).shell(channelId(user), false);
  raw(user).exec(channelId(user), 'ls', false);
  user.type('g\t\r');
  await user.waitFor(/g_____/);
  expect(server.sessionCount).toBe(1);
  expect(lines.filter(l => /connection-error|channel-error|disconnect/.test(l))).toEqual([]);
});
