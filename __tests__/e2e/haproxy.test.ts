// Many servers behind one address: Debian's HAProxy in TCP mode, round robin, on a
// loopback port in front of two `termblocks serve examples/chatroom.ts` processes that
// share one --host-key and one redis-server. Two real OpenSSH clients, each checking the
// host key strictly, land on different backends, and a message from one shows live on
// the other's screen.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test} from '@jest/globals';
import ssh2 from 'ssh2';
import {freePort, hasRedis, RedisServer, ServeProcess} from '../helpers/redis.js';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const hasHaproxy = spawnSync('haproxy', ['-v']).status === 0;
const hasSsh = spawnSync('ssh', ['-V']).status === 0;
const runs = hasHaproxy && hasRedis && hasSsh && hasTmux ? test : test.skip;
if (!hasHaproxy) console.warn('haproxy is not installed (apt-get install haproxy): skipping serve behind a TCP load balancer');
else if (!(hasRedis && hasSsh && hasTmux)) console.warn('redis-server, OpenSSH or tmux missing: skipping serve behind HAProxy');

const work = mkdtempSync(join(tmpdir(), 'termblocks-haproxy-'));
let redis: RedisServer | undefined;
let haproxy: ChildProcess | undefined;
const servers: ServeProcess[] = [];
const panes: TmuxPane[] = [];
beforeAll(async () => {
  if (runs === test) redis = await RedisServer.start();
});
afterAll(async () => {
  for (const pane of panes) pane.kill();
  if (haproxy && haproxy.exitCode === null) {
    const exited = new Promise(resolve => haproxy?.once('exit', resolve));
    haproxy.kill('SIGKILL');
    await exited;
  }
  await Promise.all(servers.map(server => server.stop()));
  await redis?.stop();
  rmSync(work, {recursive: true, force: true});
});

/** The README's sample haproxy.cfg, with the test's ports. */
function haproxyConfig(port: number, backends: number[]): string {
  return [
    'global',
    '  maxconn 1000',
    'defaults',
    '  mode tcp',
    '  timeout connect 5s',
    // An SSH session may sit quiet for long: termblocks' own --idle-timeout decides when it ends.
    '  timeout client 1h',
    '  timeout server 1h',
    'frontend ssh',
    `  bind 127.0.0.1:${port}`,
    '  default_backend termblocks',
    'backend termblocks',
    '  balance roundrobin',
    ...backends.map((backend, index) => `  server serve${index} 127.0.0.1:${backend}`),
    '',
  ].join('\n');
}

async function listening(port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>(resolve => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error(`haproxy did not listen on ${port}:\n${output()}`);
}

runs(
  'two OpenSSH users behind HAProxy land on different serve processes and chat live, seeing one host key',
  async () => {
    const key = ssh2.utils.generateKeyPairSync('ed25519');
    const hostKey = join(work, 'ssh_host_ed25519_key');
    writeFileSync(hostKey, key.private, {mode: 0o600});
    const store = (redis as RedisServer).url;
    for (const index of [0, 1]) {
      servers.push(
        await ServeProcess.start(['examples/chatroom.ts', '--store', store, '--host-key', hostKey], join(work, `state${index}`)),
      );
    }
    const port = await freePort();
    const config = join(work, 'haproxy.cfg');
    writeFileSync(
      config,
      haproxyConfig(
        port,
        servers.map(server => server.port),
      ),
    );
    expect(spawnSync('haproxy', ['-c', '-q', '-f', config]).status).toBe(0);
    let output = '';
    haproxy = spawn('haproxy', ['-db', '-f', config], {stdio: ['ignore', 'pipe', 'pipe']});
    haproxy.stdout?.on('data', data => (output += data.toString()));
    haproxy.stderr?.on('data', data => (output += data.toString()));
    await listening(port, () => output);

    // Strict host key checking against the one key: a client sent to the other backend would refuse it if it differed.
    const knownHosts = join(work, 'known_hosts');
    writeFileSync(knownHosts, `[127.0.0.1]:${port} ${key.public.trim()}\n`);
    const ssh = (user: string) => {
      const options = `-o StrictHostKeyChecking=yes -o UserKnownHostsFile=${knownHosts} -o LogLevel=ERROR`;
      const pane = new TmuxPane(`ssh -tt -p ${port} ${options} ${user}@127.0.0.1; echo "ssh exit $?"; sleep 60`, {
        columns: 100,
        rows: 30,
      });
      panes.push(pane);
      return pane;
    };
    const ann = ssh('ann');
    await ann.waitFor(/Message/, 20000);
    const bob = ssh('bob');
    await bob.waitFor(/Message/, 20000);

    // Round robin: one user's session is in each process.
    const served = async (name: string) => {
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline) {
        const index = servers.findIndex(server => server.log.includes(`session-start user="${name}"`));
        if (index >= 0) return index;
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      throw new Error(`no serve process logged ${name}'s session:\n${servers.map(server => server.log).join('\n')}`);
    };
    expect([await served('ann'), await served('bob')].sort()).toEqual([0, 1]);

    ann.send('hello from ann', 'Enter');
    await bob.waitFor(/ann: hello from ann/);
    bob.send('hi ann', 'Enter');
    await ann.waitFor(/bob: hi ann/);
    for (const server of servers) expect(server.alive).toBe(true);
  },
  120000,
);
