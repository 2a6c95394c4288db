// termblocks serve against Wish + Bubble Tea (bench/wish-hangman), the same hangman on
// each, under one load generator (ssh-load.ts): ssh2 clients in this process, pty 80x24,
// every session typing distinct letters at 5 keys/s. Each server runs as its own process
// and is measured from outside (/proc). The two alternate at each load, on a fresh server
// each time, so a noisy neighbour on the machine hurts both alike; compare within a run.
import type {ChildProcess} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type ssh2 from 'ssh2';
import {type Client, openAll, openHangman, percentile, startServe, typeLetters} from './ssh-load.js';
import {baselineVersions, buildWishHangman, INSTALL, missing, startWish} from './wish-baseline.js';

const LOADS = (process.env.BENCH_SSH_LOADS ?? '50,200,1000').split(',').map(Number);
/** Keys each session types (at 5 a second): 50 is 10 seconds of typing. */
const KEYS = Number(process.env.BENCH_SSH_KEYS ?? 50);
/** Connections opened one at a time on the idle server, for the first screen; the rest open 25 at a time. */
const SEQUENTIAL = 5;
const BATCH = 25;
const IDLE_MS = 3000;

type System = 'termblocks' | 'wish';

interface Figures {
  connectionsPerSecond: number;
  cpuPerConnectionMs: number;
  firstScreenMs: number;
  /** The first connection to a server just started: what its first user waits. */
  coldFirstScreenMs: number;
  echoP50: number;
  echoP99: number;
  lost: number;
  serverCpuPercent: number;
  cpuPerKeyMs: number;
  clientCpuPercent: number;
  runQueuePercent: number;
  rssPerSessionKb: number;
  bytesPerKey: number;
  idleCpuPercent: number;
  cipher: string;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** User plus system CPU seconds of a process, all its threads (fields 14 and 15 of /proc/PID/stat). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Seconds the process's threads spent runnable but waiting for a CPU (field 2 of each
 * /proc/PID/task/TID/schedstat): on a shared machine, the share of a slow echo that was
 * the neighbours', not the server's.
 */
function runQueueSeconds(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[1]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return ns / 1e9;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

async function measure(sessions: number, start: () => Promise<{server: ChildProcess; port: number}>): Promise<Figures> {
  const {server, port} = await start();
  const opened: ssh2.Client[] = [];
  try {
    const pid = server.pid as number;
    await sleep(500);
    const baseRss = rssKb(pid);
    const open = (i: number) => openHangman({port, username: `user${i}`, opened, timeoutMs: 120000});

    const clients: Client[] = [];
    for (let i = 0; i < Math.min(SEQUENTIAL, sessions); i++) clients.push(await open(i));
    const firstScreenMs = median(clients.map(c => c.firstScreenMs));
    const coldFirstScreenMs = clients[0]?.firstScreenMs ?? Number.NaN;

    const cpuBefore = cpuSeconds(pid);
    const started = performance.now();
    clients.push(...(await openAll(sessions - clients.length, BATCH, i => open(clients.length + i))));
    const opening = (performance.now() - started) / 1000;
    const rest = sessions - Math.min(SEQUENTIAL, sessions);
    const cpuPerConnectionMs = rest > 0 ? ((cpuSeconds(pid) - cpuBefore) / rest) * 1000 : Number.NaN;

    await sleep(1000);
    const rssPerSessionKb = (rssKb(pid) - baseRss) / sessions;
    const idleBefore = cpuSeconds(pid);
    await sleep(IDLE_MS);
    const idleCpuPercent = ((cpuSeconds(pid) - idleBefore) / (IDLE_MS / 1000)) * 100;

    const serverBefore = cpuSeconds(pid);
    const waitBefore = runQueueSeconds(pid);
    const clientBefore = process.cpuUsage();
    const typing = await typeLetters(clients, KEYS);
    const serverCpu = cpuSeconds(pid) - serverBefore;
    const runQueuePercent = ((runQueueSeconds(pid) - waitBefore) / typing.seconds) * 100;
    const client = process.cpuUsage(clientBefore);
    return {
      connectionsPerSecond: rest / opening,
      cpuPerConnectionMs,
      firstScreenMs,
      coldFirstScreenMs,
      echoP50: percentile(typing.latencies, 50),
      echoP99: percentile(typing.latencies, 99),
      lost: typing.latencies.filter(ms => ms === Number.POSITIVE_INFINITY).length,
      serverCpuPercent: (serverCpu / typing.seconds) * 100,
      cpuPerKeyMs: (serverCpu / typing.keys) * 1000,
      runQueuePercent,
      clientCpuPercent: ((client.user + client.system) / 1e6 / typing.seconds) * 100,
      rssPerSessionKb,
      bytesPerKey: typing.bytes / typing.keys,
      idleCpuPercent,
      cipher: clients[0]?.cipher ?? '',
    };
  } finally {
    for (const client of opened) client.end();
    server.kill('SIGTERM');
    if (server.exitCode === null && server.signalCode === null) await new Promise(resolve => server.once('exit', resolve));
  }
}

interface Row {
  name: string;
  value: (f: Figures) => number;
  digits: number;
  /** The issue-14 target, as text, at the loads it applies to. */
  target?: (sessions: number) => string;
}

const ROWS: Row[] = [
  {name: 'connections/s (25 at a time)', value: f => f.connectionsPerSecond, digits: 0},
  {name: 'server CPU per connection, ms', value: f => f.cpuPerConnectionMs, digits: 2, target: () => '≤ 1.5'},
  {name: 'first screen after TCP connect, ms', value: f => f.firstScreenMs, digits: 1, target: () => '≤ 60'},
  {name: "first screen, server's first connection, ms", value: f => f.coldFirstScreenMs, digits: 1},
  {name: 'echo p50, ms', value: f => f.echoP50, digits: 1},
  {
    name: 'echo p99, ms',
    value: f => f.echoP99,
    digits: 1,
    target: n => (n === 200 ? '≤ 20' : n === 1000 ? '< Wish' : ''),
  },
  {name: 'letters never echoed', value: f => f.lost, digits: 0},
  {name: 'server CPU while typing, % of a core', value: f => f.serverCpuPercent, digits: 0},
  {name: 'server CPU per key, ms', value: f => f.cpuPerKeyMs, digits: 3, target: n => (n === 200 ? '≤ 0.25' : '')},
  {name: 'RSS per session, KB', value: f => f.rssPerSessionKb, digits: 0, target: n => (n === 1000 ? '≤ 100' : '')},
  {name: 'bytes per key (SSH payload)', value: f => f.bytesPerKey, digits: 1},
  {name: 'idle CPU, sessions held, %', value: f => f.idleCpuPercent, digits: 1, target: n => (n === 1000 ? '0' : '')},
  {name: 'load generator CPU while typing, %', value: f => f.clientCpuPercent, digits: 0},
  {name: 'server threads waiting for a CPU while typing, %', value: f => f.runQueuePercent, digits: 0},
];

function format(value: number, digits: number): string {
  if (value === Number.POSITIVE_INFINITY) return 'lost';
  return Number.isNaN(value) ? '-' : value.toFixed(digits);
}

function printTable(results: Map<number, {termblocks: Figures; wish?: Figures}>): void {
  const lines = [
    '| sessions | measure | termblocks | Wish + Bubble Tea | termblocks/Wish | target |',
    '| ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const [sessions, {termblocks, wish}] of results) {
    for (const row of ROWS) {
      const ours = row.value(termblocks);
      const theirs = wish ? row.value(wish) : Number.NaN;
      const ratio = wish && Number.isFinite(ours) && Number.isFinite(theirs) && theirs !== 0 ? (ours / theirs).toFixed(2) : '-';
      lines.push(
        `| ${sessions} | ${row.name} | ${format(ours, row.digits)} | ${wish ? format(theirs, row.digits) : 'skipped'} | ${ratio} | ${row.target?.(sessions) ?? ''} |`,
      );
    }
  }
  console.log(lines.join('\n'));
}

export default async function sshBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'termblocks-bench-ssh-'));
  try {
    const why = missing();
    let binary: string | undefined;
    if (why) {
      console.log(`versus Wish + Bubble Tea: skipped, ${why} (${INSTALL}); termblocks alone below`);
    } else {
      binary = buildWishHangman(dir);
      console.log(`versus Wish + Bubble Tea, bench/wish-hangman built from Debian's packages: ${baselineVersions()}`);
      console.log('  (old releases: Wish 0.1.1 and Bubble Tea 0.19 predate their current renderers)');
    }
    const termblocks = (sessions: number) => () =>
      startServe(sessions, {XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache')});
    const wish = () => startWish(binary as string, dir);
    const results = new Map<number, {termblocks: Figures; wish?: Figures}>();
    for (const [index, sessions] of LOADS.entries()) {
      // Alternate which system goes first, so neither always meets a machine the other just heated.
      const order: System[] = binary ? (index % 2 === 0 ? ['termblocks', 'wish'] : ['wish', 'termblocks']) : ['termblocks'];
      const figures: Partial<Record<System, Figures>> = {};
      for (const system of order) {
        const began = Date.now();
        figures[system] = await measure(sessions, system === 'wish' ? wish : termblocks(sessions));
        console.log(`  measured ${system} at ${sessions} sessions in ${((Date.now() - began) / 1000).toFixed(0)} s`);
      }
      results.set(sessions, {termblocks: figures.termblocks as Figures, wish: figures.wish});
    }
    const first = [...results.values()][0];
    console.log(
      `pty 80x24, every session typing a..z, Ctrl+U, A..Z at 5 keys/s (${KEYS} keys), 2 cores shared with other work; ` +
        `ciphers: termblocks ${first?.termblocks.cipher}, Wish ${first?.wish?.cipher ?? '-'}`,
    );
    console.log(
      `first screen: median of ${SEQUENTIAL} connections opened one at a time on the idle server; an echo is the typed letter appearing in the visible characters received after it`,
    );
    printTable(results);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
