// Three `termblocks serve examples/chatroom.ts --store redis://...` processes on one
// real redis-server: an SSH user on each sees every message from the others, live.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test} from '@jest/globals';
import {hasRedis, RedisServer, ServeProcess} from '../helpers/redis.js';
import {SshUser} from '../helpers/ssh.js';

const runs = hasRedis ? test : test.skip;
if (!hasRedis) console.warn('redis-server is not installed (apt-get install redis-server): skipping the chat room on Redis');

const work = mkdtempSync(join(tmpdir(), 'termblocks-redis-chat-'));
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

/** Resolves when `pattern` shows on the user's screen, polling often, so the time it took is worth measuring. */
async function seen(user: SshUser, pattern: RegExp, timeoutMs = 10000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pattern.test(await user.screen())) return performance.now();
    await new Promise(resolve => setTimeout(resolve, 2));
  }
  throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${await user.screen()}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

runs(
  'an SSH user on each of three serve processes sees every message from the others, and the latency is printed',
  async () => {
    const store = (redis as RedisServer).url;
    for (let index = 0; index < 3; index++) {
      servers.push(await ServeProcess.start(['examples/chatroom.ts', '--store', store], join(work, `state${index}`)));
    }
    const names = ['ann', 'bob', 'cid'];
    for (const [index, server] of servers.entries()) {
      const user = await SshUser.connect({port: server.port, username: names[index], pty: {columns: 100, rows: 30}});
      users.push(user);
      await user.waitFor(/Message/);
    }
    const latencies: number[] = [];
    const own: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (const [index, writer] of users.entries()) {
        const text = `r${round}w${index}x`;
        writer.type(`${text}\r`);
        const sent = performance.now();
        const line = new RegExp(`${names[index]}: ${text}`);
        const arrivals = await Promise.all(users.filter(user => user !== writer).map(user => seen(user, line)));
        latencies.push(...arrivals.map(arrived => arrived - sent));
        own.push((await seen(writer, line)) - sent);
      }
    }
    for (const server of servers) expect(server.alive).toBe(true);
    const sorted = [...latencies].sort((a, b) => a - b);
    const ownSorted = [...own].sort((a, b) => a - b);
    expect(sorted).toHaveLength(36);
    const figures = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(0)} ms, p90 ${percentile(values, 90).toFixed(0)} ms, max ${(values.at(-1) as number).toFixed(0)} ms`;
    console.log(
      `gr.Global over Redis, typed Enter to the text on screen over ssh (screens polled every 2 ms): on another process's screen (36 samples) ${figures(sorted)}; on the writer's own screen (18) ${figures(ownSorted)}`,
    );
    // Every process logged where its Globals live, and no outage.
    for (const server of servers) {
      expect(server.log).toMatch(/gr\.Global values live in redis:\/\/127\.0\.0\.1:\d+/);
      expect(server.log).not.toMatch(/shared state unavailable/);
    }
  },
  90000,
);
