// The requests a logged-in client may make on its session channel, against a real server.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect, test} from '@jest/globals';
import hangman from '../../examples/hangman.js';
import {type RunningServer, serveApp} from '../../source/ssh/SshServer.js';
import {SshUser} from '../helpers/ssh.js';

const state = mkdtempSync(join(tmpdir(), 'termblocks-channel-requests-'));
const previousState = process.env.XDG_STATE_HOME;
const lines: string[] = [];
const log = (event: string, fields: Record<string, unknown>) => lines.push(`${event} ${JSON.stringify(fields)}`);
let server: RunningServer | undefined;
const users: SshUser[] = [];

beforeAll(() => {
  process.env.XDG_STATE_HOME = state;
});
afterEach(async () => {
  lines.length = 0;
  for (const user of users.splice(0)) user.end();
  await server?.close();
  server = undefined;
});
afterAll(() => {
  process.env.XDG_STATE_HOME = previousState;
  rmSync(state, {recursive: true, force: true});
});

/** The client's side of ssh2, to send what a well-behaved client never would. */
interface RawProtocol {
  shell(channel: number, wantReply: boolean): void;
  exec(channel: number, command: string, wantReply: boolean): void;
}
const raw = (user: SshUser) => (user.client as unknown as {_protocol: RawProtocol})._protocol;
const channelId = (user: SshUser) => (user.stream as unknown as {outgoing: {id: number}}).outgoing.id;

test('a second shell and an exec on a live shell channel are refused, and the session plays on', async () => {
  server = await serveApp(hangman, {port: 0, log});
  const user = await SshUser.connect({port: server.port, username: 'mallory'});
  users.push(user);
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
