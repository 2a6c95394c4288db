// termblocks serve against what a user would otherwise deploy: OpenSSH's sshd with a
// ForceCommand that starts `termblocks run` per connection. Both serve the same app to
// the same number of ssh2 clients in this process, each typing ten letters with
// ssh-load.ts's typeAll (ssh.bench.ts types its longer paced run with typeLetters), one
// after the other on the same machine, so the figures are ratios of like with like.
import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {connect, createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type ssh2 from 'ssh2';
import {type Client, openAll, openHangman, percentile, startServe, typeAll} from './ssh-load.js';

const root = new URL('..', import.meta.url).pathname;
// The load of the latency target (200 sessions typing): 200 node processes, about 15 GB of RSS.
const SESSIONS = Number(process.env.BENCH_SSHD_SESSIONS ?? 200);
const SSHD = '/usr/sbin/sshd';
const APP = 'examples/hangman.ts';
// Each sshd session starts a node process (about 0.2 s of CPU on 2 cores), so connections come slowly.
const BATCH = 10;
const TIMEOUT = 120000;

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** A field of /proc/PID/status or /proc/PID/smaps_rollup in KB; 0 when the process is gone. */
function procKb(pid: number, file: 'status' | 'smaps_rollup', field: string): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The pid and every descendant of it, found from the parent pid (field 4) of every /proc/PID/stat. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: fields are counted after its last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // Exited between readdir and read.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** When a process started (field 22 of its stat), so a pid reused by an unrelated process is never killed. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** PSS and RSS summed over a process tree, in KB. PSS splits shared pages (node's code) among the processes using them. */
function treeMemory(pid: number): {pss: number; rss: number; processes: number} {
  const tree = processTree(pid);
  let pss = 0;
  let rss = 0;
  for (const each of tree) {
    pss += procKb(each, 'smaps_rollup', 'Pss');
    rss += procKb(each, 'status', 'VmRSS');
  }
  return {pss, rss, processes: tree.length};
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise(resolve => child.once('exit', () => resolve()));
}

const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

interface Result {
  pss: number;
  rss: number;
  p50: number;
  p99: number;
}

export default async function sshdBench(): Promise<void> {
  if (!existsSync(SSHD)) {
    console.log(
      `versus OpenSSH sshd: skipped, ${SSHD} is not installed (sudo apt-get install openssh-server, then stop the ssh service)`,
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'termblocks-bench-sshd-'));
  // One compiled-app cache for both servers, kept out of the user's own.
  const env = {XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache')};
  const opened: ssh2.Client[] = [];
  let server: ChildProcess | undefined;
  let sshd: ChildProcess | undefined;
  let sshdTree: {pid: number; started: string | undefined}[] = [];
  try {
    // termblocks serve, started as ssh.bench.ts starts it.
    const started = await startServe(SESSIONS, env);
    server = started.server;
    const servePort = started.port;
    const servePid = server.pid as number;
    await sleep(500);
    const serveBase = treeMemory(servePid);
    const open = (port: number, username: string, privateKey?: Buffer) =>
      openHangman({port, username, privateKey, timeoutMs: TIMEOUT, opened});
    let clients: Client[] = await openAll(SESSIONS, BATCH, i => open(servePort, `user${i}`));
    await sleep(1000);
    const serveLoaded = treeMemory(servePid);
    let latencies = await typeAll(clients);
    const served: Result = {
      pss: (serveLoaded.pss - serveBase.pss) / SESSIONS,
      rss: (serveLoaded.rss - serveBase.rss) / SESSIONS,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
    // Idle sessions would cost the sshd run nothing, but ending them keeps the machine the same for both.
    for (const entry of clients) entry.client.end();

    // sshd in a temp folder, as root but with its own config, keys and port.
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'client_key')]);
    writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')));
    const privateKey = readFileSync(join(dir, 'client_key'));
    const sshdPort = await freePort();
    const command = [process.execPath, join(root, 'bin/termblocks.js'), 'run', join(root, APP)].map(quote).join(' ');
    writeFileSync(
      join(dir, 'sshd_config'),
      [
        `Port ${sshdPort}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${join(dir, 'host_key')}`,
        `PidFile ${join(dir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
        'StrictModes no',
        'UsePAM no',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin yes',
        'MaxStartups 1000:30:1000',
        'MaxSessions 10',
        `ForceCommand ${command}`,
        'PermitUserEnvironment no',
        'PrintMotd no',
        'PrintLastLog no',
        'LogLevel ERROR',
        `SetEnv XDG_STATE_HOME=${env.XDG_STATE_HOME} XDG_CACHE_HOME=${env.XDG_CACHE_HOME}`,
        '',
      ].join('\n'),
    );
    // sshd insists on its privilege-separation folder.
    mkdirSync('/run/sshd', {recursive: true});
    let sshdErrors = '';
    sshd = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {stdio: ['ignore', 'ignore', 'pipe'], detached: true});
    sshd.stderr?.on('data', data => {
      sshdErrors += data.toString();
    });
    const sshdProcess = sshd;
    await waitFor('sshd to listen', async () => {
      if (sshdProcess.exitCode !== null) throw new Error(`sshd exited ${sshdProcess.exitCode}: ${sshdErrors.trim()}`);
      return accepts(sshdPort);
    });
    const sshdPid = sshd.pid as number;
    // A first session compiles the app into the cache, so the measured ones all start alike.
    const warm = await open(sshdPort, 'root', privateKey);
    warm.client.end();
    await waitFor('the warm-up session to end', () => processTree(sshdPid).length === 1);
    const sshdBase = treeMemory(sshdPid);
    clients = await openAll(SESSIONS, BATCH, () => open(sshdPort, 'root', privateKey));
    await sleep(1000);
    const sshdLoaded = treeMemory(sshdPid);
    latencies = await typeAll(clients);
    const viaSshd: Result = {
      pss: (sshdLoaded.pss - sshdBase.pss) / SESSIONS,
      rss: (sshdLoaded.rss - sshdBase.rss) / SESSIONS,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };

    console.log(`versus OpenSSH sshd + termblocks run per connection, ${SESSIONS} sessions each typing 5 keys/s:`);
    // PSS against PSS: for one process it is nearly its RSS, for many it counts node's shared pages once.
    console.log(
      `  memory per session: termblocks serve ${served.pss.toFixed(0)} KB, sshd ${viaSshd.pss.toFixed(0)} KB (PSS): ` +
        `${(viaSshd.pss / served.pss).toFixed(0)} x less`,
    );
    console.log(
      `  same in RSS:        termblocks serve ${served.rss.toFixed(0)} KB, sshd ${viaSshd.rss.toFixed(0)} KB ` +
        `(summed over ${sshdLoaded.processes - 1} processes besides the listener): ` +
        `${(viaSshd.rss / served.rss).toFixed(0)} x less`,
    );
    console.log(
      `  keystroke to echo p50/p99: termblocks ${served.p50.toFixed(1)}/${served.p99.toFixed(1)} ms, ` +
        `sshd ${viaSshd.p50.toFixed(1)}/${viaSshd.p99.toFixed(1)} ms: p99 ratio ${(viaSshd.p99 / served.p99).toFixed(1)} x`,
    );
  } finally {
    for (const client of opened) client.end();
    if (sshd?.pid) sshdTree = processTree(sshd.pid).map(pid => ({pid, started: startTime(pid)}));
    server?.kill('SIGTERM');
    sshd?.kill('SIGTERM');
    await Promise.all([server && exited(server), sshd && exited(sshd)]);
    // Per-connection sshd children start their own sessions, so no process-group kill reaches them: give them a
    // moment to hang up after their clients ended, then kill whatever of the tree is left.
    await sleep(500);
    for (const {pid, started} of sshdTree.slice(1)) {
      try {
        if (started && startTime(pid) === started) process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, {recursive: true, force: true});
  }
}
