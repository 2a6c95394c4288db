// `termblocks serve --workers 2` through the real CLI, on a real redis-server: sessions
// land on both worker processes, the limits hold for the server as a whole, a killed
// worker is replaced and stops counting, and SIGTERM to the primary ends every worker's
// sessions with their unload handlers run.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test} from '@jest/globals';
import {hasRedis, RedisServer, ServeProcess} from '../helpers/redis.js';
import {SshUser} from '../helpers/ssh.js';

const runs = hasRedis ? test : test.skip;
if (!hasRedis) console.warn('redis-server is not installed (apt-get install redis-server): skipping serve --workers');

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'termblocks-workers-'));
const unloads = join(work, 'unloads.txt');
let redis: RedisServer | undefined;
let server: ServeProcess | undefined;
const users: SshUser[] = [];
/** Every worker pid the primary announced, so none can outlive the test. */
const workerPids = () => [...(server?.log ?? '').matchAll(/worker-start pid="(\d+)"/g)].map(match => Number(match[1]));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  if (hasRedis) redis = await RedisServer.start();
});
afterAll(async () => {
  for (const user of users) user.end();
  await server?.stop();
  for (const pid of workerPids()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  await redis?.stop();
  rmSync(work, {recursive: true, force: true});
});

async function until(check: () => boolean, what: string, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the server's log:\n${server?.log}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** A user in a session: resolves with the pid of the process serving it, as its screen shows. */
async function visit(port: number, name: string): Promise<{user: SshUser; pid: number}> {
  const user = await SshUser.connect({port, username: name, pty: {columns: 80, rows: 20}});
  users.push(user);
  const screen = await user.waitFor(/Served by process \d+/, 20000);
  return {user, pid: Number(/Served by process (\d+)/.exec(screen)?.[1])};
}

test('--workers 2 without --store is refused, saying why', () => {
  const result = spawnSync('node', [`${root}bin/termblocks.js`, 'serve', '__tests__/fixtures/pid-app.ts', '--workers', '2'], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, XDG_STATE_HOME: join(work, 'refused')},
    timeout: 30000,
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/--workers 2 needs --store redis:\/\/host:port\/db/);
});

runs(
  'sessions spread over both workers, limits hold across them, a killed worker is replaced, SIGTERM runs every unload',
  async () => {
    server = await ServeProcess.start(
      [
        '__tests__/fixtures/pid-app.ts',
        '--store',
        (redis as RedisServer).url,
        '--workers',
        '2',
        '--max-sessions',
        '3',
        '--max-connections-per-address',
        '4',
      ],
      join(work, 'state'),
      {PID_APP_UNLOADS: unloads},
    );
    const port = server.port;
    expect(server.log).toMatch(/module-level variables are per process/);
    const primaryPid = server.child.pid as number;
    const [first, second] = workerPids();
    expect(workerPids()).toHaveLength(2);

    // Three sessions: both workers serve some, and neither is the primary.
    const visits = [await visit(port, 'ann'), await visit(port, 'bob'), await visit(port, 'cid')];
    const pids = new Set(visits.map(visit => visit.pid));
    expect([...pids].sort()).toEqual([first, second].sort());
    expect(pids.has(primaryPid)).toBe(false);

    // --max-sessions 3 is the server's, not each worker's: a fourth session is refused whichever worker it reaches.
    const fourth = await SshUser.connect({port, username: 'dan', pty: {columns: 80, rows: 20}});
    users.push(fourth);
    await fourth.closed;
    expect(fourth.raw).toMatch(/the server is full/);
    expect(fourth.exitCode).toBe(1);
    // Its connection is still open: with three others that is four from this address, the most allowed.
    await expect(SshUser.connect({port, username: 'eve'})).rejects.toThrow();
    await until(() => /refused address="127\.0\.0\.1" reason="too many connections"/.test(server?.log ?? ''), 'the refusal');
    fourth.end();

    // A worker killed outright: its users are cut off, a new worker takes its place, its sessions stop counting.
    const victim = visits[0]?.pid as number;
    const cutOff = visits.filter(visit => visit.pid === victim);
    process.kill(victim, 'SIGKILL');
    await Promise.all(cutOff.map(visit => visit.user.closed));
    await until(() => workerPids().length === 3, 'a replacement worker');
    expect(server.log).toMatch(new RegExp(`worker-exit pid="${victim}" signal="SIGKILL"`));
    const replacement = workerPids()[2] as number;
    expect(server.alive).toBe(true);
    const again = [];
    for (const [index] of cutOff.entries()) again.push(await visit(port, `new${index}`));
    const live = [...visits.filter(visit => visit.pid !== victim), ...again];
    expect(live).toHaveLength(3);
    for (const visit of live) expect([first, second, replacement]).toContain(visit.pid);

    // SIGTERM to the primary: every session, on every worker, says goodbye and runs its unload handler.
    await server.stop();
    await Promise.all(live.map(visit => visit.user.closed));
    for (const visit of live) expect(visit.user.raw).toMatch(/the server is shutting down/);
    expect(server.child.exitCode).toBe(0);
    const unloaded = existsSync(unloads) ? readFileSync(unloads, 'utf8').trim().split('\n').map(Number) : [];
    expect(unloaded.sort()).toEqual(live.map(visit => visit.pid).sort());
    await until(() => workerPids().every(pid => !alive(pid)), 'every worker to exit', 5000);
  },
  180000,
);
