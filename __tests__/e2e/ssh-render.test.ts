// Over OpenSSH, each user of a gr.render app has their own layout: Gradio's render_merge_simple
// (count the boxes), two users, two numbers of boxes.
import {expect, test} from '@jest/globals';
import {hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux} from '../helpers/tmux.js';

const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the end-to-end test of gr.render under termblocks serve');

const served = opensshServing('ssh-render');
const serve = (app: string) => served.serve(app);
const ssh = (port: number, user: string) => served.ssh(port, user, {columns: 80, rows: 30});

/** The labels of the boxes a screen shows, in order. */
function boxes(screen: string): string[] {
  return screen.match(/^Box \d+/gm) ?? [];
}

runs('two OpenSSH users of the count-the-boxes demo see different numbers of boxes', async () => {
  const port = await serve('examples/gradio/render_merge_simple.ts');
  const alice = ssh(port, 'alice');
  const bob = ssh(port, 'bob');
  await alice.waitFor(/Box 0/);
  await bob.waitFor(/Box 0/);
  // Add Box has the focus at start: Alice adds two boxes, Bob one.
  alice.send('Enter');
  await alice.waitFor(/Box 1/);
  alice.send('Enter');
  const aliceScreen = await alice.waitFor(/Box 2/);
  bob.send('Enter');
  const bobScreen = await bob.waitFor(/Box 1/);
  expect(boxes(aliceScreen)).toEqual(['Box 0', 'Box 1', 'Box 2']);
  expect(boxes(bobScreen)).toEqual(['Box 0', 'Box 1']);
  // Bob's box changed nothing on Alice's screen, and Alice's boxes are still hers alone.
  expect(boxes(alice.screen())).toEqual(['Box 0', 'Box 1', 'Box 2']);
  // Tab order follows each user's own tree: Bob's Tab reaches his last box, then Merge.
  bob.send('Tab', 'Tab', 'x', 'Tab', 'Enter');
  await bob.waitFor(/Merged Output\n╭─+╮\n│ {2}x +│/);
  alice.send('C-c');
  await alice.waitFor(/ssh exit 0/);
  bob.send('C-c');
  await bob.waitFor(/ssh exit 0/);
});
