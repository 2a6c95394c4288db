// One process of `npm run bench store`'s gr.Global figures, started by store.bench.ts:
// SESSIONS headless sessions of one app, each writing one shared gr.Global as fast as its
// own events settle, each recording how long every other session's write took to reach
// its Global.change listener (where its screen would redraw), apart for writes made in
// another process. On Redis (STORE_URL) the
// same app in several such processes shares the Global. Times are CLOCK_MONOTONIC
// (process.hrtime), the same clock in every process of the machine.
import {createInterface} from 'node:readline';
import * as gr from 'termblocks';
import type {GlobalStore} from '../source/session/GlobalStore.js';
import {SessionHost} from '../source/session/SessionHost.js';

interface Stamp {
  by: number;
  seq: number;
  at: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const index = Number(process.env.CHILD_INDEX ?? 0);
const sessions = Number(process.env.SESSIONS ?? 4);
const durationMs = Number(process.env.DURATION_MS ?? 4000);
/** To another session of this process, and to a session of another process. */
const latencies: number[] = [];
const crossProcess: number[] = [];
let seq = 0;
let whoBox!: gr.Number;
let writeButton!: gr.Button;

const demo = gr.Blocks({title: 'Store bench'}, () => {
  const shared = gr.Global<Stamp>({by: -1, seq: 0, at: 0});
  const who = gr.Number({label: 'Who'});
  const write = gr.Button('Write');
  whoBox = who;
  writeButton = write;
  const seen = gr.Textbox({label: 'Seen'});
  write.click((id: number) => ({by: id, seq: ++seq, at: now()}), [who], [shared]);
  shared.change(
    (stamp: Stamp, id: number) => {
      if (stamp.by !== id && stamp.by >= 0) {
        (Math.floor(stamp.by / 1000) === index ? latencies : crossProcess).push(now() - stamp.at);
      }
      return `${stamp.by}:${stamp.seq}`;
    },
    [shared, who],
    [seen],
  );
});

let store: GlobalStore | undefined;
if (process.env.STORE_URL) {
  const {RedisGlobalStore} = await import('../source/session/RedisGlobalStore.js');
  const log = (message: string) => process.stderr.write(`store-child ${index}: ${message}\n`);
  store = await RedisGlobalStore.open({url: process.env.STORE_URL, logger: {info: () => {}, warn: log, error: log}});
  SessionHost.of(demo).setGlobalStore(store);
}
const opened = await Promise.all(
  Array.from({length: sessions}, async (_, n) => {
    const session = demo.session();
    await session.idle();
    session.set(whoBox, index * 1000 + n);
    return session;
  }),
);

// Every process starts writing at once, when the bench says go.
process.stdout.write('ready\n');
const lines = createInterface({input: process.stdin});
await new Promise<void>(resolve => lines.once('line', () => resolve()));
lines.close();

let writes = 0;
const started = now();
await Promise.all(
  opened.map(async session => {
    while (now() - started < durationMs) {
      await session.click(writeButton);
      writes++;
    }
  }),
);
const elapsed = now() - started;
// Writes still on their way to other processes arrive meanwhile.
await new Promise(resolve => setTimeout(resolve, 500));
await Promise.all(opened.map(session => session.close()));
await store?.close();
const rounded = (values: number[]) => values.map(value => Math.round(value * 1000) / 1000);
// Exit only once the line is out: a pipe takes a large write in several turns.
process.stdout.write(
  `${JSON.stringify({writes, seconds: elapsed / 1000, latencies: rounded(latencies), crossProcess: rounded(crossProcess)})}\n`,
  () => process.exit(0),
);
