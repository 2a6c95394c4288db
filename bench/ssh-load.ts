// The SSH load both ssh.bench.ts and sshd.bench.ts put on a server: ssh2 clients in
// this process, each with an 80x24 pty on hangman, typing 5 keys a second. One copy,
// so the two benches' figures are measured the same way.
import {type ChildProcess, spawn} from 'node:child_process';
import ssh2 from 'ssh2';

const root = new URL('..', import.meta.url).pathname;

export interface Client {
  client: ssh2.Client;
  stream: ssh2.ClientChannel;
  /** Set while typing: receives every chunk the server sends. */
  onData: ((data: Buffer) => void) | undefined;
}

export interface OpenOptions {
  port: number;
  username: string;
  privateKey?: Buffer;
  timeoutMs?: number;
  /** Every client is added here at once, so one that fails half way is still ended in cleanup. */
  opened?: ssh2.Client[];
}

/** Connects, opens a shell and resolves at hangman's first frame. */
export function openHangman({port, username, privateKey, timeoutMs = 60000, opened}: OpenOptions): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    opened?.push(client);
    const timer = setTimeout(() => reject(new Error(`no 'Guess Letter' on port ${port} within ${timeoutMs} ms`)), timeoutMs);
    client.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    client.on('ready', () =>
      client.shell({cols: 80, rows: 24, term: 'xterm'}, (error, stream) => {
        if (error) return reject(error);
        const entry: Client = {client, stream, onData: undefined};
        let seen = '';
        stream.on('data', (data: Buffer) => {
          if (entry.onData) return entry.onData(data);
          seen += data.toString();
          if (seen.includes('Guess Letter')) {
            clearTimeout(timer);
            resolve(entry);
          }
        });
      }),
    );
    client.connect({host: '127.0.0.1', port, username, privateKey, readyTimeout: timeoutMs});
  });
}

/** `count` clients, opened `batch` at a time; `open(i)` opens the i-th. */
export async function openAll(count: number, batch: number, open: (i: number) => Promise<Client>): Promise<Client[]> {
  const clients: Client[] = [];
  while (clients.length < count) {
    const size = Math.min(batch, count - clients.length);
    clients.push(...(await Promise.all(Array.from({length: size}, (_, i) => open(clients.length + i)))));
  }
  return clients;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Every client types 5 keys a second for 10 seconds, a letter then Backspace; returns sorted keystroke-to-echo ms. */
export async function typeAll(clients: Client[]): Promise<number[]> {
  const latencies: number[] = [];
  const letters = 'abcdefghij';
  await Promise.all(
    clients.map(
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
  return latencies.sort((a, b) => a - b);
}

/** The real CLI serving hangman on a free loopback port for `sessions` clients from this one address. */
export async function startServe(sessions: number, env: Record<string, string>): Promise<{server: ChildProcess; port: number}> {
  const limit = String(sessions + 10);
  const server = spawn(
    process.execPath,
    [
      `${root}bin/termblocks.js`,
      'serve',
      'examples/hangman.ts',
      '--port',
      '0',
      '--max-sessions',
      limit,
      '--max-connections-per-address',
      limit,
      // Every bench client comes from one address and logs in in batches: lift the startup limits that would refuse them.
      '--max-startups',
      `${limit}:30:${limit}`,
      '--max-startups-per-address',
      limit,
    ],
    {cwd: root, env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'pipe']},
  );
  let output = '';
  server.stderr?.on('data', data => {
    output += data.toString();
  });
  const deadline = Date.now() + 30000;
  while (!/ssh:\/\/127\.0\.0\.1:(\d+)/.test(output)) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`termblocks serve did not start:\n${output}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return {server, port: Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1])};
}
