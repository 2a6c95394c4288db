// termblocks serve under load, measured from outside: the server runs as its own
// process (the real CLI), the clients are ssh2 clients in this one.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ssh2 from 'ssh2';

const root = new URL('..', import.meta.url).pathname;
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

interface Client {
  client: ssh2.Client;
  stream: ssh2.ClientChannel;
  onData: ((data: Buffer) => void) | undefined;
}

function open(port: number, name: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on('error', reject);
    client.on('ready', () =>
      client.shell({cols: 80, rows: 24, term: 'xterm'}, (error, stream) => {
        if (error) return reject(error);
        const entry: Client = {client, stream, onData: undefined};
        let seen = '';
        stream.on('data', (data: Buffer) => {
          if (entry.onData) return entry.onData(data);
          seen += data.toString();
          if (seen.includes('Guess Letter')) resolve(entry);
        });
      }),
    );
    client.connect({host: '127.0.0.1', port, username: name, readyTimeout: 60000});
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export default async function sshBench(): Promise<void> {
  const state = mkdtempSync(join(tmpdir(), 'termblocks-bench-ssh-'));
  const server = spawn(
    'node',
    [
      join(root, 'bin/termblocks.js'),
      'serve',
      'examples/hangman.ts',
      '--port',
      '0',
      '--max-sessions',
      String(SESSIONS + 10),
      '--max-connections-per-address',
      String(SESSIONS + 10),
    ],
    {cwd: root, env: {...process.env, XDG_STATE_HOME: state}, stdio: ['ignore', 'ignore', 'pipe']},
  );
  let output = '';
  server.stderr?.on('data', data => {
    output += data.toString();
  });
  try {
    while (!/ssh:\/\/127\.0\.0\.1:(\d+)/.test(output)) await new Promise(resolve => setTimeout(resolve, 50));
    const port = Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
    const pid = server.pid as number;
    await new Promise(resolve => setTimeout(resolve, 500));
    const baseRss = rssKb(pid);
    const baseCpu = cpuSeconds(pid);

    // New connections per second, one after another, each to its first frame.
    const started = Date.now();
    const clients: Client[] = [];
    while (clients.length < SESSIONS) {
      const batch = await Promise.all(
        Array.from({length: Math.min(25, SESSIONS - clients.length)}, (_, i) => open(port, `user${clients.length + i}`)),
      );
      clients.push(...batch);
    }
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
    const latencies: number[] = [];
    const typists = clients.slice(0, TYPISTS);
    const typingStarted = performance.now();
    const serverCpuBefore = cpuSeconds(pid);
    const clientCpuBefore = process.cpuUsage();
    const letters = 'abcdefghij';
    await Promise.all(
      typists.map(
        (entry, index) =>
          new Promise<void>(resolve => {
            let sent = 0;
            let at = 0;
            entry.onData = () => {
              if (at) latencies.push(performance.now() - at);
              at = 0;
            };
            const type = () => {
              if (sent >= 50) {
                entry.onData = undefined;
                return resolve();
              }
              at = performance.now();
              // Type then erase, so the box never fills up.
              entry.stream.write(sent % 2 === 0 ? letters[sent % letters.length] : '\u007f');
              sent++;
              setTimeout(type, 200);
            };
            setTimeout(type, (index * 7) % 200);
          }),
      ),
    );
    const typingSeconds = (performance.now() - typingStarted) / 1000;
    const serverBusy = (cpuSeconds(pid) - serverCpuBefore) / typingSeconds;
    const clientUsage = process.cpuUsage(clientCpuBefore);
    const clientBusy = (clientUsage.user + clientUsage.system) / 1e6 / typingSeconds;
    latencies.sort((a, b) => a - b);
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
