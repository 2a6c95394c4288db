// gr.Global on a real redis-server (started here on a free loopback port, persistence
// off): two stores on one Redis stand for two processes serving the same app.
import {afterAll, beforeAll, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {RedisGlobalStore} from '../../source/session/RedisGlobalStore.js';
import {SessionHost} from '../../source/session/SessionHost.js';
import {serveApp} from '../../source/ssh/SshServer.js';
import {appendApp} from '../fixtures/append-app.js';
import {hasRedis, RedisServer} from '../helpers/redis.js';
import {eventually, recordingLogger} from './recording-logger.js';

const runs = hasRedis ? test : test.skip;
if (!hasRedis) console.warn('redis-server is not installed (apt-get install redis-server): skipping the Redis store tests');

let redis: RedisServer;
const stores: RedisGlobalStore[] = [];
beforeAll(async () => {
  if (hasRedis) redis = await RedisServer.start();
});
afterAll(async () => {
  await Promise.all(stores.map(store => store.close()));
  await redis?.stop();
});

let nextDatabase = 1;
/** One database per test, so tests share no keys. */
function database(): string {
  return `${redis.url}/${nextDatabase++}`;
}

async function openStore(url: string, logger = recordingLogger()) {
  const store = await RedisGlobalStore.open({url, logger});
  stores.push(store);
  return store;
}

/** The app as one process serving it would hold it: its own build, on its own store. */
async function process(url: string, logger = recordingLogger()) {
  const app = appendApp({pause: () => new Promise(resolve => setTimeout(resolve, Math.random() * 3)), follow: true});
  SessionHost.of(app.demo).setGlobalStore(await openStore(url, logger));
  return {...app, logger};
}

async function send(app: Awaited<ReturnType<typeof process>>, session: gr.Session, message: string): Promise<string> {
  await session.set(app.text, message);
  await session.submit(app.text);
  return String(session.value(app.status));
}

runs('a write in one process reaches the other process’s sessions, and a new store starts from what Redis holds', async () => {
  const url = database();
  const one = await process(url);
  const two = await process(url);
  const ann = one.demo.session({user: 'ann'});
  const bob = two.demo.session({user: 'bob'});
  expect(await send(one, ann, 'hello')).toBe('ok hello');
  // bob's Global.change listener ran in the other process, with no action from bob.
  await eventually(() => bob.value(two.count) === '1');
  expect(bob.value(two.log)).toEqual(['hello']);
  expect(await send(two, bob, 'hi ann')).toBe('ok hi ann');
  await eventually(() => ann.value(one.count) === '2');
  expect(ann.value(one.log)).toEqual(['hello', 'hi ann']);

  const three = await process(url);
  await eventually(() => (three.demo.session().value(three.log) as string[]).length === 2);
  await Promise.all([ann.close(), bob.close()]);
});

runs('values keep their types through Redis: Map, Date, BigInt, -0, undefined and typed arrays', async () => {
  const url = database();
  const value = {
    when: new Date(0),
    counts: new Map([['a', 1n]]),
    zero: -0,
    gap: [1, undefined, 3],
    bytes: new Uint8Array([1, 2]),
  };
  const build = () => {
    let shared!: gr.Global<unknown>, go!: gr.Button;
    const demo = gr.Blocks({title: 'Types'}, () => {
      shared = gr.Global<unknown>(null);
      go = gr.Button('go');
      go.click(() => value, null, shared);
    });
    return {demo, shared: () => shared, go: () => go};
  };
  const one = build();
  const two = build();
  SessionHost.of(one.demo).setGlobalStore(await openStore(url));
  SessionHost.of(two.demo).setGlobalStore(await openStore(url));
  const ann = one.demo.session();
  const bob = two.demo.session();
  await ann.click(one.go());
  await eventually(() => bob.value(two.shared()) !== null);
  expect(bob.value(two.shared())).toEqual(value);
  expect(Object.is((bob.value(two.shared()) as typeof value).zero, -0)).toBe(true);
  await Promise.all([ann.close(), bob.close()]);
});

runs('two processes × 10 sessions appending 10 messages at once with async handlers lose none', async () => {
  const url = database();
  const processes = [await process(url), await process(url)];
  const users = processes.flatMap((app, p) =>
    Array.from({length: 10}, (_, u) => ({app, session: app.demo.session({user: `p${p}u${u}`}), name: `p${p}u${u}`})),
  );
  let failures = 0;
  await Promise.all(
    users.map(async ({app, session, name}) => {
      for (let n = 0; n < 10; n++) {
        while ((await send(app, session, `${name}-${n}`)) !== `ok ${name}-${n}`) failures++;
      }
    }),
  );
  for (const app of processes) {
    await eventually(() => (app.demo.session().value(app.log) as string[]).length === 200);
    const list = app.demo.session().value(app.log) as string[];
    expect(new Set(list).size).toBe(200);
  }
  console.log(`Redis, 2 stores x 10 sessions x 10 appends: ${failures} events failed after 5 runs and were sent again`);
  await Promise.all(users.map(({session}) => session.close()));
});

runs(
  'with Redis gone, sessions keep their values and writes fail with a toast, logged once; once back, all agree',
  async () => {
    const url = database();
    const oneLog = recordingLogger();
    const one = await process(url, oneLog);
    const two = await process(url);
    const ann = one.demo.session({user: 'ann'});
    const bob = two.demo.session({user: 'bob'});
    expect(await send(one, ann, 'before')).toBe('ok before');
    await eventually(() => (bob.value(two.log) as string[]).length === 1);

    await redis.stop();
    for (const message of ['lost 1', 'lost 2', 'lost 3']) expect(await send(one, ann, message)).toBe(`failed ${message}`);
    expect(ann.notices.map(notice => notice.message)).toEqual(
      Array(3).fill('Shared state is unavailable right now, so this was not saved. Try again in a moment.'),
    );
    expect(ann.notices[0]?.title).toBe('Shared state unavailable');
    expect(bob.notices).toEqual([]);
    expect(ann.value(one.log)).toEqual(['before']);
    expect(oneLog.errors.filter(entry => /shared state unavailable/.test(entry.message))).toHaveLength(1);

    // Redis comes back empty (no persistence): the processes put back what they knew, and writes work again.
    await redis.restart();
    let status = '';
    for (let tries = 0; tries < 100 && status !== 'ok after'; tries++) {
      status = await send(one, ann, 'after');
      if (status !== 'ok after') await new Promise(resolve => setTimeout(resolve, 100));
    }
    expect(status).toBe('ok after');
    await eventually(() => (bob.value(two.log) as string[]).length === 2, 10000);
    expect(bob.value(two.log)).toEqual(['before', 'after']);
    expect(ann.value(one.log)).toEqual(['before', 'after']);
    await Promise.all([ann.close(), bob.close()]);
  },
  40000,
);

runs('a password comes from TERMBLOCKS_REDIS_PASSWORD; a URL with one in it is refused', async () => {
  const app = appendApp();
  await expect(serveApp(app.demo, {port: 0, store: 'redis://:hunter2@127.0.0.1:6379/0'})).rejects.toThrow(
    '--store: take the password out of the URL and put it in the environment variable TERMBLOCKS_REDIS_PASSWORD (a command line shows in ps)',
  );
  await expect(serveApp(app.demo, {port: 0, store: 'memcached://127.0.0.1'})).rejects.toThrow(
    '--store supports redis:// and rediss:// URLs, not memcached://',
  );
  const locked = await RedisServer.start(['--requirepass', 'hunter2']);
  try {
    await expect(RedisGlobalStore.open({url: locked.url, logger: recordingLogger()})).rejects.toThrow(
      new RegExp(`cannot reach Redis at redis://127.0.0.1:${locked.port}`),
    );
    globalThis.process.env.TERMBLOCKS_REDIS_PASSWORD = 'hunter2';
    const server = await serveApp(app.demo, {port: 0, store: locked.url, log: () => {}});
    await server.close();
  } finally {
    delete globalThis.process.env.TERMBLOCKS_REDIS_PASSWORD;
    await locked.stop();
  }
});
