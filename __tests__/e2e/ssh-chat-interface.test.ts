import {expect, test} from '@jest/globals';
import {hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux} from '../helpers/tmux.js';

const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the end-to-end test of a ChatInterface under termblocks serve');

const served = opensshServing('ssh-chat');
const serve = (app: string) => served.serve(app);
const ssh = (port: number, user: string) => served.ssh(port, user, {columns: 80, rows: 24});

runs('two OpenSSH users of one ChatInterface each have their own history', async () => {
  const port = await serve('__tests__/fixtures/chat-memory.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob');
  await alice.waitFor(/Type a message/);
  await bob.waitFor(/Type a message/);
  alice.send('apples', 'Enter');
  await alice.waitFor(/alice: 0 before; first was apples/);
  bob.send('bananas', 'Enter');
  await bob.waitFor(/bob: 0 before; first was bananas/);
  alice.send('more', 'Enter');
  await alice.waitFor(/alice: 2 before; first was apples/);
  bob.send('again', 'Enter');
  // Bob's fn saw only Bob's two messages, never Alice's.
  const bobs = await bob.waitFor(/bob: 2 before; first was bananas/);
  expect(bobs).not.toMatch(/apples|alice/);
  expect(alice.screen()).not.toMatch(/bananas|bob/);
  // Clearing one chat leaves the other as it was.
  alice.send('Tab', 'Tab', 'Tab', 'Tab', 'Enter');
  await alice.waitFor(/Memory\nChatbot\n╭─+╮\n(│ +│\n)+╰/);
  bob.send('third', 'Enter');
  await bob.waitFor(/bob: 4 before; first was bananas/);
  alice.send('C-c');
  await alice.waitFor(/ssh exit 0/);
  bob.send('C-c');
  await bob.waitFor(/ssh exit 0/);
});
