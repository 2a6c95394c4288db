// Redis going away under three `termblocks serve examples/chatroom.ts --store ...`
// processes: redis-server is killed mid-run and started again on the same port (empty,
// as persistence is off). Nothing crashes, the writer sees a toast, each process logs
// the outage once, writes resume, and every process ends up showing the same room.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test} from '@jest/globals';
import {hasRedis, RedisServer, ServeProcess} from '../helpers/redis.js';
import {SshUser} from '../helpers/ssh.js';

const runs = hasRedis ? test : test.skip;
if (!hasRedis) console.warn('redis-server is not installed (apt-get install redis-server): skipping the Redis fault tests');

const work = mkdtempSync(join(tmpdir(), 'termblocks-redis-faults-'));
let redis: RedisServer | undefined;
const servers: ServeProcess[] = [];
const users: SshUser[] = [];
beforeAll(async () => {
  if (hasRedis) redis = await RedisServer.start();
});
afterAll(async () => {
  for (const user of users) user.end();
  await Promise.all(servers.map(server => server.stop()));
  await redis?.stop();
  rmSync(work, {recursive: true, force: true});
});

async function connect(server: ServeProcess, name: string): Promise<SshUser> {
  const user = await SshUser.connect({port: server.port, username: name, pty: {columns: 100, rows: 30}});
  users.push(user);
  await user.waitFor(/Message/);
  return user;
}

/** Clears the message box, then types the message and Enter. */
function say(user: SshUser, text: string): void {
  user.type(`\x15${text}\r`);
}

const outages = (log: string) => log.match(/shared state unavailable/g)?.length ?? 0;

runs(
  'killing Redis mid-run fails writes with a toast and crashes nothing; when it is back writes resume and all agree',
  async () => {
    const server = redis as RedisServer;
    for (let index = 0; index < 3; index++) {
      servers.push(await ServeProcess.start(['examples/chatroom.ts', '--store', server.url], join(work, `state${index}`)));
    }
    const [ann, bob, cid] = [
      await connect(servers[0] as ServeProcess, 'ann'),
      await connect(servers[1] as ServeProcess, 'bob'),
      await connect(servers[2] as ServeProcess, 'cid'),
    ] as SshUser[];
    const everyone = [ann, bob, cid] as SshUser[];
    say(ann as SshUser, 'before the outage');
    for (const user of everyone) await user.waitFor(/ann: before the outage/);

    await server.stop();
    for (let n = 1; n <= 3; n++) {
      say(ann as SshUser, `lost ${n}`);
      await new Promise(resolve => setTimeout(resolve, 300));
    }
    const during = await (ann as SshUser).waitFor(/Shared state is unavailable right now/);
    expect(during).toMatch(/Shared state unavailable/);
    expect(during).toContain('ann: before the outage');
    expect(during).not.toMatch(/ann: lost/);
    // The other users go on seeing the last known room, and can still type.
    say(bob as SshUser, 'bob during');
    expect(await (bob as SshUser).waitFor(/Shared state is unavailable right now/)).toContain('ann: before the outage');
    for (const process of servers) expect(process.alive).toBe(true);
    expect(outages((servers[0] as ServeProcess).log)).toBe(1);

    await server.restart();
    // The client reconnects with backoff: the first writes after the restart may still fail.
    const deadline = Date.now() + 20000;
    let back = false;
    while (!back && Date.now() < deadline) {
      say(ann as SshUser, 'after the outage');
      back = await (ann as SshUser)
        .waitFor(/ann: after the outage/, 1000)
        .then(() => true)
        .catch(() => false);
    }
    expect(back).toBe(true);
    for (const user of everyone) await user.waitFor(/ann: after the outage/);
    say(cid as SshUser, 'cid is back too');
    for (const user of everyone) await user.waitFor(/cid: cid is back too/);

    // A new session on every process shows the same room: what was there before, and nothing lost.
    for (const [index, process] of servers.entries()) {
      const late = await connect(process, `late${index}`);
      const screen = await late.waitFor(/cid: cid is back too/);
      expect(screen).toMatch(/ann: before the outage[\s\S]*ann: after the outage[\s\S]*cid: cid is back too/);
      expect(screen).not.toMatch(/lost \d|bob during/);
    }
    for (const process of servers) {
      expect(process.alive).toBe(true);
      expect(outages(process.log)).toBeLessThanOrEqual(1);
      expect(process.log).not.toMatch(/uncaught|unhandled/);
    }
    expect((servers[0] as ServeProcess).log).toMatch(/shared state is back/);
  },
  90000,
);
