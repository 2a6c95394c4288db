import {expect, test} from '@jest/globals';
import {hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux} from '../helpers/tmux.js';

const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the end-to-end tests of termblocks serve');

const served = opensshServing('ssh');
const serve = (app: string) => served.serve(app);
const ssh = (port: number, user: string, size = {columns: 100, rows: 30}) => served.ssh(port, user, size);

runs('two OpenSSH users play hangman at once; resizing one re-lays out its screen; Ctrl+C exits 0', async () => {
  const port = await serve('examples/hangman.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob', {columns: 80, rows: 24});
  await alice.waitFor(/Guess Letter/);
  await bob.waitFor(/Guess Letter/);
  alice.send('g', 'Tab', 'Enter');
  bob.send('o', 'Tab', 'Enter');
  await alice.waitFor(/g_____/);
  await bob.waitFor(/_____o/);
  expect(alice.screen()).not.toContain('_____o');
  expect(bob.screen()).not.toContain('g_____');
  bob.tmux('resize-window', '-x', '60', '-y', '20');
  const narrow = await bob.waitFor(/\n╭─{28}╮ ╭─{27}╮\n/);
  expect(narrow.split('\n')[2]).toHaveLength(60);
  alice.send('C-c');
  const after = await alice.waitFor(/ssh exit \d+/);
  expect(after).toMatch(/ssh exit 0/);
  expect(after).not.toContain('Guess Letter');
  bob.send('BTab', 'BSpace', 'a', 'Tab', 'Enter');
  await bob.waitFor(/__a__o/);
});

runs('two OpenSSH users of the scores app share one top three, as module-level state is shared', async () => {
  const port = await serve('examples/scores.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob');
  await alice.waitFor(/Top three/);
  await bob.waitFor(/Top three/);
  alice.send('50', 'Tab', 'Enter');
  await alice.waitFor(/│\s+50\s+│/);
  // Bob's submission sorts in with Alice's: the list is one array in the server process.
  bob.send('70', 'Tab', 'Enter');
  await bob.waitFor(/70,[\s│]+50/);
  alice.send('Enter');
  await alice.waitFor(/70,[\s│]+50,?/);
});

runs('two OpenSSH users of the chat room see each other’s messages live', async () => {
  const port = await serve('examples/chatroom.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob');
  await alice.waitFor(/Message/);
  await bob.waitFor(/Message/);
  alice.send('hello from alice', 'Enter');
  await bob.waitFor(/alice: hello from alice/);
  bob.send('hi alice', 'Enter');
  await alice.waitFor(/bob: hi alice/);
});

runs('SIGTERM tells every open session, ends them with an exit status, and the server exits 0', async () => {
  const port = await serve('examples/hangman.ts');
  const alice = ssh(port, 'alice');
  await alice.waitFor(/Guess Letter/);
  const server = served.server();
  const exited = new Promise<number | null>(resolve => server?.once('exit', code => resolve(code)));
  server?.kill('SIGTERM');
  expect(await exited).toBe(0);
  const screen = await alice.waitFor(/ssh exit \d+/);
  expect(screen).toContain('termblocks: the server is shutting down');
  expect(served.output()).toMatch(/session-end .*shutting down/);
});
