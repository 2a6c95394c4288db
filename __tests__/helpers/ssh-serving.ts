import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll} from '@jest/globals';
import type {BlocksApp} from '../../source/blocks/Blocks.js';
import {type RunningServer, serveApp} from '../../source/ssh/SshServer.js';
import type {ServeOptions} from '../../source/ssh/serve-options.js';
import {type ConnectOptions, SshUser} from './ssh.js';

/**
 * `serveApp` in this process and ssh2 users against it, for one test file. While the file
 * runs, XDG_STATE_HOME is a folder of its own (the host key is kept there); the server's log
 * lines are collected in `lines`. After each test the users end, the servers close and the
 * lines are cleared. Call it at the top level of the test file.
 */
export function sshServing(name: string) {
  const state = mkdtempSync(join(tmpdir(), `termblocks-${name}-`));
  const previousState = process.env.XDG_STATE_HOME;
  const lines: string[] = [];
  const log = (event: string, fields: Record<string, unknown>) => lines.push(`${event} ${JSON.stringify(fields)}`);
  const servers: RunningServer[] = [];
  const users: SshUser[] = [];

  beforeAll(() => {
    process.env.XDG_STATE_HOME = state;
  });
  afterEach(async () => {
    lines.length = 0;
    for (const user of users.splice(0)) user.end();
    await Promise.all(servers.splice(0).map(server => server.close()));
  });
  afterAll(() => {
    process.env.XDG_STATE_HOME = previousState;
    rmSync(state, {recursive: true, force: true});
  });

  return {
    state,
    lines,
    log,
    /** The users connected so far in this test (`connect` adds to it), ended after it. */
    users,
    /** Serves `app` on a free loopback port with this file's log; closed after the test. */
    async serve(app: BlocksApp, options: ServeOptions = {}): Promise<RunningServer> {
      const server = await serveApp(app, {port: 0, log, ...options});
      servers.push(server);
      return server;
    },
    /** An ssh2 user logged in with these options; ended after the test. */
    async connect(options: ConnectOptions): Promise<SshUser> {
      const user = await SshUser.connect(options);
      users.push(user);
      return user;
    },
  };
}
