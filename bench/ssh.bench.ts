// termblocks serve under load, measured from outside: the server runs as its own
// process (the real CLI), the clients are ssh2 clients in this one.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {openAll, openHangman, percentile, startServe, typeAll} from './ssh-load.js';

const SESSIONS = Number(process.env.BENCH_SSH_SESSIONS ?? 1000);
const TYPISTS = Number(process.env.BENCH_SSH_TYPISTS ?? 200);

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export default async function sshBench(): Promise<void> {
  const state = mkdtempSync(join(tmpdir(), 'termblocks-bench-ssh-'));
  const {server, port} = await startServe(SESSIONS, {XDG_STATE_HOME: state});
  try {
    const pid = server.pid as number;
    await new Promise(resolve => setTimeout(resolve, 500));
    const baseRss = rssKb(pid);
    const baseCpu = cpuSeconds(pid);

    // New connections per second, one after another, each to its first frame.
    const started = Date.now();
    const clients = await openAll(SESSIONS, 25, i => openHangman({port, username: `user${i}`}));
    const seconds = (Date.now() - started) / 1000;
    const cpuPerConnection = ((cpuSeconds(pid) - baseCpu) / SESSIONS) * 1000;
    await new Promise(resolve => setTimeout(resolve, 1000));
    const rss = rssKb(pid);
    console.log(`sessions held:            ${clients.length} hangman sessions in one process`);
    console.log(
      `server memory:            ${(baseRss / 1024).toFixed(0)} MB idle -> ${(rss / 1024).toFixed(0)} MB with ${clients.length} sessions`,
    );
    console.log(`memory per session:       ${((rss - baseRss) / clients.length).toFixed(0)} KB`);
    console.log(
      `connections per second:   ${(clients.length / seconds).toFixed(0)} (to first frame, 25 at a time, clients on the same 2 cores)`,
    );
    console.log(`server CPU per connection: ${cpuPerConnection.toFixed(1)} ms (handshake, login, first frame)`);

    // Keystroke to echo: TYPISTS sessions each typing 5 keys a second for 10 seconds.
    const typists = clients.slice(0, TYPISTS);
    const typingStarted = performance.now();
    const serverCpuBefore = cpuSeconds(pid);
    const clientCpuBefore = process.cpuUsage();
    const latencies = await typeAll(typists);
    const typingSeconds = (performance.now() - typingStarted) / 1000;
    const serverBusy = (cpuSeconds(pid) - serverCpuBefore) / typingSeconds;
    const clientUsage = process.cpuUsage(clientCpuBefore);
    const clientBusy = (clientUsage.user + clientUsage.system) / 1e6 / typingSeconds;
    console.log(
      `keystroke to echo:        p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (${typists.length} sessions typing 5 keys/s; target p99 < 50 ms)`,
    );
    console.log(
      `  while typing: server ${(serverBusy * 100).toFixed(0)}% of a core, the ssh2 clients (this process) ${(clientBusy * 100).toFixed(0)}%`,
    );
    console.log('versus OpenSSH sshd with a process per session: see sshd.bench.ts (npm run bench sshd)');
    for (const entry of clients) entry.client.end();
  } finally {
    server.kill('SIGTERM');
    await new Promise(resolve => server.once('exit', resolve));
    rmSync(state, {recursive: true, force: true});
  }
}
