// No lost writes across processes: three `termblocks serve --store redis://...` processes,
// 30 SSH users on each, every user appending 20 messages to one gr.Global list at once.
// The list ends with exactly 1,800 messages, each once, and every process agrees on it.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {deserialize} from 'node:v8';
import {afterAll, afterEach, beforeAll, expect, test} from '@jest/globals';
import {createClient, RESP_TYPES} from 'redis';
import {summarize} from '../fixtures/append-app.js';
import {hasRedis, RedisServer, ServeProcess} from '../helpers/redis.js';
import {SshUser} from '../helpers/ssh.js';

// About 8 minutes on a loaded 2-core machine: too long for npm test, so it runs when asked (TERMBLOCKS_SLOW_TESTS=1).
const runs = hasRedis && process.env.TERMBLOCKS_SLOW_TESTS === '1' ? test : test.skip;
if (!hasRedis) console.warn('redis-server is not installed (apt-get install redis-server): skipping no-lost-writes on Redis');

// REDIS_TEST_USERS and REDIS_TEST_MESSAGES shrink the load for a quick run by hand.
const PROCESSES = 3;
const USERS = Number(process.env.REDIS_TEST_USERS ?? 30);
const MESSAGES = Number(process.env.REDIS_TEST_MESSAGES ?? 20);

const work = mkdtempSync(join(tmpdir(), 'termblocks-redis-writes-'));
let redis: RedisServer | undefined;
let servers: ServeProcess[] = [];
let users: SshUser[] = [];
beforeAll(async () => {
  if (hasRedis) redis = await RedisServer.start();
});
afterEach(async () => {
  for (const user of users) user.end();
  await Promise.all(servers.map(server => server.stop()));
  users = [];
  servers = [];
});
afterAll(async () => {
  await redis?.stop();
  rmSync(work, {recursive: true, force: true});
});

/** The list as Redis holds it, decoded as every process decodes it. */
async function storedList(url: string): Promise<string[]> {
  const client = createClient({url}).withTypeMapping({[RESP_TYPES.BLOB_STRING]: Buffer});
  await client.connect();
  try {
    return deserialize((await client.hGet('Append:global:0', 'v')) as Buffer);
  } finally {
    await client.close();
  }
}

/** Resolves with the screen once it matches, looking each time the server sends something (not polling 90 screens). */
function shows(user: SshUser, pattern: RegExp, timeoutMs = 60000): Promise<string> {
  return new Promise((resolve, reject) => {
    let looking = false;
    let again = false;
    const finish = () => {
      clearTimeout(timer);
      user.stream.off('data', look);
    };
    const look = async () => {
      if (looking) {
        again = true;
        return;
      }
      looking = true;
      do {
        again = false;
        const screen = await user.screen();
        if (pattern.test(screen)) {
          finish();
          resolve(screen);
          return;
        }
      } while (again);
      looking = false;
    };
    const timer = setTimeout(async () => {
      finish();
      reject(new Error(`timed out waiting for ${pattern}; the screen shows:\n${await user.screen()}`));
    }, timeoutMs);
    user.stream.on('data', look);
    void look();
  });
}

/** Sends one message, again under a new attempt number for as long as the app says it failed; gives the failures. */
async function send(user: SshUser, id: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const text = `${id}a${attempt}`;
    user.type(`\x15${text}\r`);
    const screen = await shows(user, new RegExp(`(ok|failed) ${text}\\b`));
    if (new RegExp(`ok ${text}\\b`).test(screen)) return attempt - 1;
  }
}

async function appendAtOnce(database: number, env: Record<string, string>): Promise<void> {
  const url = `${(redis as RedisServer).url}/${database}`;
  const limits = ['--max-connections-per-address', '100', '--max-startups-per-address', '100', '--max-startups', '100:30:100'];
  for (let index = 0; index < PROCESSES; index++) {
    servers.push(
      await ServeProcess.start(['__tests__/fixtures/append-app.ts', '--store', url, ...limits], join(work, `state${index}`), env),
    );
  }
  const jobs: {user: SshUser; prefix: string}[] = [];
  for (const [p, server] of servers.entries()) {
    for (let u = 0; u < USERS; u++) {
      const user = await SshUser.connect({port: server.port, username: `p${p}u${u}`, pty: {columns: 60, rows: 16}});
      users.push(user);
      await user.waitFor(/Message/, 30000);
      jobs.push({user, prefix: `p${p}u${String(u).padStart(2, '0')}`});
    }
  }
  const started = performance.now();
  const failures = await Promise.all(
    jobs.map(async ({user, prefix}) => {
      let failed = 0;
      for (let n = 0; n < MESSAGES; n++) failed += await send(user, `${prefix}m${String(n).padStart(2, '0')}`);
      return failed;
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const list = await storedList(url);
  const ids = list.map(entry => entry.replace(/a\d+$/, ''));
  expect(list).toHaveLength(PROCESSES * USERS * MESSAGES);
  expect(new Set(ids).size).toBe(PROCESSES * USERS * MESSAGES);
  // Each user's messages are in the order that user sent them.
  for (const {prefix} of jobs) {
    const own = ids.filter(id => id.startsWith(`${prefix}m`));
    expect(own).toEqual(Array.from({length: MESSAGES}, (_, n) => `${prefix}m${String(n).padStart(2, '0')}`));
  }
  // A new session on each process shows the same list.
  const expected = summarize(list);
  for (const server of servers) {
    const late = await SshUser.connect({port: server.port, username: 'late', pty: {columns: 80, rows: 16}});
    users.push(late);
    expect(await late.waitFor(/\d+ messages, \d+ distinct/, 30000)).toContain(expected);
  }
  for (const server of servers) expect(server.alive).toBe(true);
  const total = failures.reduce((a, b) => a + b, 0);
  console.log(
    `${PROCESSES} processes x ${USERS} ssh sessions x ${MESSAGES} appends${env.APPEND_PAUSE_MS ? ` (async, awaiting up to ${env.APPEND_PAUSE_MS} ms between read and write)` : ''}: ${list.length} messages in ${seconds.toFixed(1)} s, ${total} events failed after 5 runs and were sent again`,
  );
}

runs(
  '3 processes × 30 sessions × 20 appends at once leave exactly 1,800 messages, each once',
  async () => {
    await appendAtOnce(1, {});
  },
  900000,
);

runs(
  'the same with async handlers that await between reading the list and writing it',
  async () => {
    await appendAtOnce(2, {APPEND_PAUSE_MS: '2'});
  },
  900000,
);
