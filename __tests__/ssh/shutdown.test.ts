// The server's shutdown against a real server: every session's end runs, whatever its client does.
import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {serveApp} from '../../source/ssh/SshServer.js';
import {SESSIONS_END_WAIT_MS, SHUTDOWN_MAX_MS} from '../../source/ssh/shutdown.js';
import {sshServing} from '../helpers/ssh-serving.js';

// The test closes its server itself; the helper keeps the state folder and ends the users.
const {log, users, connect} = sshServing('shutdown');

test('shutdown runs every unload handler and deleteCallback, even for clients that stopped reading', async () => {
  let unloaded = 0;
  let deleted = 0;
  const app = gr.Blocks({title: 'Slow goodbye'}, demo => {
    gr.State({}, {deleteCallback: () => deleted++});
    gr.Textbox({label: 'Box'});
    // Inside the unload bound (5 s), as a final save to a slow store might take.
    demo.unload(async () => {
      await new Promise(resolve => setTimeout(resolve, 4500));
      unloaded++;
    });
  });
  const server = await serveApp(app, {port: 0, log});
  for (let i = 0; i < 5; i++) {
    const user = await connect({port: server.port, username: `user${i}`});
    await user.waitFor(/Box/);
  }
  // Two walked away with frozen terminals: they read nothing more, goodbye included.
  users[0].stopReading();
  users[1].stopReading();
  const started = Date.now();
  await server.close();
  const took = Date.now() - started;
  expect({unloaded, deleted}).toEqual({unloaded: 5, deleted: 5});
  expect(took).toBeLessThan(SHUTDOWN_MAX_MS + 500);
  expect(SESSIONS_END_WAIT_MS).toBeGreaterThan(5000);
}, 20000);
