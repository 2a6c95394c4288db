// `npm run bench store`: what a shared store costs. First gr.Global itself: writes a
// second and write-to-other-screen latency, in one process's memory, in one process on
// Redis, and in three processes on one Redis (store-child.ts, headless sessions). Then
// `serve --workers 2` against one process under the SSH load of ssh-load.ts (sessions
// typing 5 keys a second): keystroke-to-echo p99 and server CPU per keystroke, as ratios.
// A real redis-server is started on a free loopback port and stopped at the end.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import {createInterface} from 'node:readline';
import type ssh2 from 'ssh2';
import {RedisServer} from '../__tests__/helpers/redis.js';
import {openAll, openHangman, percentile, startServe, typeAll} from './ssh-load.js';

const root = new URL('..', import.meta.url).pathname;
const SESSIONS_PER_PROCESS = Number(process.env.BENCH_STORE_WRITERS ?? 4);
const DURATION_MS = Number(process.env.BENCH_STORE_MS ?? 4000);
/** The SSH load: sessions typing at 5 keys a second for 10 seconds. */
const LOAD = Number(process.env.BENCH_STORE_SESSIONS ?? 200);
const BATCH = 20;
const KEYS_PER_CLIENT = 50;

interface ChildResult {
  writes: number;
  seconds: number;
  latencies: number[];
  crossProcess: number[];
}

/** `processes` store-child.ts processes on `store` (undefined: each its own memory), started together. */
async function globalFigures(processes: number, store: string | undefined) {
  const children = Array.from({length: processes}, (_, index) =>
    spawn(process.execPath, ['--conditions=termblocks-source', '--import', 'tsx', `${root}bench/store-child.ts`], {
      cwd: root,
      env: {
        ...process.env,
        CHILD_INDEX: String(index),
        SESSIONS: String(SESSIONS_PER_PROCESS),
        DURATION_MS: String(DURATION_MS),
        STORE_URL: store ?? '',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  try {
    const lines = children.map(child => createInterface({input: child.stdout}));
    const next = (index: number) =>
      new Promise<string>((resolve, reject) => {
        lines[index]?.once('line', resolve);
        children[index]?.once('exit', code => reject(new Error(`store-child ${index} exited with ${code}`)));
      });
    await Promise.all(children.map((_, index) => next(index)));
    const results = children.map((_, index) => next(index));
    for (const child of children) child.stdin.write('go\n');
    const parsed = (await Promise.all(results)).map(line => JSON.parse(line) as ChildResult);
    const writes = parsed.reduce((sum, result) => sum + result.writes, 0);
    const seconds = Math.max(...parsed.map(result => result.seconds));
    const sorted = (values: number[]) => values.sort((a, b) => a - b);
    return {
      writesPerSecond: writes / seconds,
      sameProcess: sorted(parsed.flatMap(result => result.latencies)),
      crossProcess: sorted(parsed.flatMap(result => result.crossProcess)),
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/** User plus system CPU seconds of a process and its descendants (its workers), from /proc. */
function treeCpuSeconds(pid: number): number {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Exited meanwhile.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree.reduce((sum, each) => sum + (cpu.get(each) ?? 0), 0);
}

async function stopServe(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise(resolve => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

async function sshFigures(extra: string[]) {
  const {server, port} = await startServe(LOAD, {}, [], extra);
  const opened: ssh2.Client[] = [];
  try {
    const clients = await openAll(LOAD, BATCH, i => openHangman({port, username: `user${i}`, opened, timeoutMs: 120000}));
    const cpuBefore = treeCpuSeconds(server.pid as number);
    const latencies = await typeAll(clients);
    const cpu = treeCpuSeconds(server.pid as number) - cpuBefore;
    // typeAll sends 50 keys from every client; `latencies` holds only the keys whose echo it timed.
    const keys = clients.length * KEYS_PER_CLIENT;
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      cpuPerKeyMs: (cpu * 1000) / keys,
      keys,
      echoes: latencies.length,
    };
  } finally {
    for (const client of opened) client.end();
    await stopServe(server);
  }
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const spread = (values: number[]) =>
  values.length === 0 ? 'none' : `p50 ${ms(percentile(values, 50))}, p99 ${ms(percentile(values, 99))} (${values.length})`;

export default async function storeBench(): Promise<void> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('redis-server is not installed (apt-get install redis-server): skipping the store bench');
    return;
  }
  const redis = await RedisServer.start();
  try {
    console.log(
      `gr.Global: ${SESSIONS_PER_PROCESS} headless sessions per process, each writing one Global as fast as its events settle for ${DURATION_MS / 1000} s; latency from the write to another session's Global.change listener (CLOCK_MONOTONIC)`,
    );
    const modes: [string, number, string | undefined][] = [
      ['in-process memory', 1, undefined],
      ['1 process on Redis', 1, `${redis.url}/1`],
      ['3 processes on Redis', 3, `${redis.url}/2`],
    ];
    for (const [name, processes, store] of modes) {
      const figures = await globalFigures(processes, store);
      const cross = processes > 1 ? `; in another process ${spread(figures.crossProcess)}` : '';
      console.log(
        `  ${name.padEnd(21)} ${figures.writesPerSecond.toFixed(0).padStart(6)} writes/s; other screen in the same process ${spread(figures.sameProcess)}${cross}`,
      );
    }

    console.log(`serve --workers 2 against one process: ${LOAD} ssh2 sessions on hangman, typing 5 keys/s for 10 s`);
    const one = await sshFigures([]);
    const two = await sshFigures(['--workers', '2', '--store', `${redis.url}/3`]);
    for (const [name, figures] of [
      ['1 process', one],
      ['--workers 2', two],
    ] as const) {
      console.log(
        `  ${name.padEnd(12)} echo p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)}; server CPU (primary and workers) ${figures.cpuPerKeyMs.toFixed(2)} ms per keystroke (${figures.keys} keys, ${figures.echoes} echoes timed)`,
      );
    }
    // Two workers only help with a core free for each: on a busy machine the ratios say more about the neighbours.
    console.log(`  load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
    console.log(
      `  ratios (--workers 2 / 1 process): p99 ${(two.p99 / one.p99).toFixed(2)}, CPU per keystroke ${(two.cpuPerKeyMs / one.cpuPerKeyMs).toFixed(2)}`,
    );
  } finally {
    await redis.stop();
  }
}
