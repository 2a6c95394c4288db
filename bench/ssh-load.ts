// The SSH load both ssh.bench.ts and sshd.bench.ts put on a server: ssh2 clients in
// this process, each with an 80x24 pty on hangman, typing 5 keys a second. One copy,
// so the two benches' figures are measured the same way.
import {type ChildProcess, spawn} from 'node:child_process';
import {connect} from 'node:net';
import ssh2 from 'ssh2';

const root = new URL('..', import.meta.url).pathname;

export interface Client {
  client: ssh2.Client;
  stream: ssh2.ClientChannel;
  /** Set while typing: receives every chunk the server sends. */
  onData: ((data: Buffer) => void) | undefined;
  /** From the TCP connect to the chunk that completed the first screen, in ms. */
  firstScreenMs: number;
  /** The cipher the handshake settled on, so a comparison of two servers can say whether they used the same. */
  cipher: string;
}

export interface OpenOptions {
  port: number;
  username: string;
  privateKey?: Buffer;
  timeoutMs?: number;
  /** Every client is added here at once, so one that fails half way is still ended in cleanup. */
  opened?: ssh2.Client[];
}

const BACKGROUND_QUERY = '\u001b]11;?';
const BACKGROUND_ANSWER = '\u001b]11;rgb:0000/0000/0000\u001b\\';
const DA1_QUERY = '\u001b[c';
/** What xterm says it is: a VT220 with ANSI colour. */
const DA1_ANSWER = '\u001b[?62;22c';

/** Connects, opens a shell, answers what a terminal answers, and resolves at hangman's first frame. */
export function openHangman({port, username, privateKey, timeoutMs = 60000, opened}: OpenOptions): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    opened?.push(client);
    // Our own socket, to time from its connect, and with Nagle off as an interactive client would have it.
    const sock = connect(port, '127.0.0.1');
    sock.setNoDelay(true);
    let connectedAt = performance.now();
    sock.on('connect', () => {
      connectedAt = performance.now();
    });
    let cipher = '';
    client.on('handshake', negotiated => {
      cipher = negotiated.cs.cipher;
    });
    const timer = setTimeout(() => reject(new Error(`no 'Guess Letter' on port ${port} within ${timeoutMs} ms`)), timeoutMs);
    client.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    client.on('ready', () =>
      client.shell({cols: 80, rows: 24, term: 'xterm'}, (error, stream) => {
        if (error) return reject(error);
        const entry: Client = {client, stream, onData: undefined, firstScreenMs: 0, cipher};
        let seen = '';
        let ready = false;
        let answered = false;
        stream.on('data', (data: Buffer) => {
          if (entry.onData) return entry.onData(data);
          if (ready) return;
          seen += data.toString();
          // A terminal answers the server's questions at once: its background (OSC 11), then what it is (DA1).
          // Without the answers a server that asks would wait out its timeout, which no real user does.
          if (!answered && seen.includes(DA1_QUERY)) {
            answered = true;
            stream.write(`${seen.includes(BACKGROUND_QUERY) ? BACKGROUND_ANSWER : ''}${DA1_ANSWER}`);
          }
          if (seen.includes('Guess Letter')) {
            ready = true;
            entry.firstScreenMs = performance.now() - connectedAt;
            clearTimeout(timer);
            resolve(entry);
          }
        });
      }),
    );
    client.connect({sock, username, privateKey, readyTimeout: timeoutMs});
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

/** Escape sequences (CSI, OSC, and two-byte ones): what is left of a chunk without them is what a user sees. */
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

export function visibleText(bytes: string): string {
  return bytes.replace(ESCAPES, '');
}

export interface Typing {
  /** Keystroke-to-echo ms of every letter, sorted; a letter never echoed is Infinity. */
  latencies: number[];
  keys: number;
  /** SSH channel payload the clients received while typing. */
  bytes: number;
  seconds: number;
}

/**
 * The letters a session types: a to z, Ctrl+U to clear the box, then A to Z, and so on; the box
 * (36 cells) never fills. Each round has the other case: a server that draws the clear and the next
 * letter as one frame rewrites only the cells that changed, and "a" over the last round's "a" would be
 * on screen but never sent, which would count as lost.
 */
const CLEAR = '\u0015';
export function keyAt(n: number): string {
  const k = n % 27;
  const round = Math.floor(n / 27);
  return k === 26 ? CLEAR : String.fromCharCode((round % 2 === 0 ? 97 : 65) + k);
}

/**
 * Every client types `keys` keys at 5 a second. A letter's echo is the first moment it appears in the
 * visible characters of the bytes received after it was sent: the letters typed since the last clear are
 * all different, so the letter cannot be anything else on a screen that showed none of them. A server
 * that coalesces frames still echoes every letter (they stay in the box until the clear, which waits for
 * them); one that does not show a letter within `graceMs` has lost it.
 */
export async function typeLetters(clients: Client[], keys = 50, graceMs = 5000): Promise<Typing> {
  const latencies: number[] = [];
  let bytes = 0;
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(
      (entry, index) =>
        new Promise<void>(resolve => {
          // Letters typed and not yet seen, with when; and what arrived since the oldest of them (escapes can split).
          const waiting = new Map<string, number>();
          let pending = '';
          let count = 0;
          let done = false;
          const finish = () => {
            if (done) return;
            done = true;
            for (const _ of waiting.values()) latencies.push(Number.POSITIVE_INFINITY);
            waiting.clear();
            entry.onData = undefined;
            resolve();
          };
          entry.onData = data => {
            bytes += data.length;
            if (waiting.size === 0) return;
            pending += data.toString('latin1');
            const visible = visibleText(pending);
            const now = performance.now();
            for (const [letter, at] of waiting) {
              if (!visible.includes(letter)) continue;
              latencies.push(now - at);
              waiting.delete(letter);
            }
            // Keep only a tail that may be the start of an escape sequence.
            const escape = pending.lastIndexOf('\u001b');
            pending = waiting.size === 0 ? '' : escape >= 0 && pending.length - escape < 64 ? pending.slice(escape) : '';
          };
          // Waits until every letter typed has shown, or graceMs, then goes on: the clear and the end wait for
          // the echoes, as a user waits to see a letter before erasing it, so a late echo is not cut short.
          const settle = (then: () => void, since = performance.now()) => {
            if (waiting.size === 0 || performance.now() - since > graceMs) return then();
            setTimeout(() => settle(then, since), 20);
          };
          const type = () => {
            if (count >= keys) return settle(finish);
            const key = keyAt(count++);
            if (key === CLEAR && waiting.size > 0) {
              count--;
              return settle(() => {
                // A letter still unseen after graceMs is lost; the clear would erase it unseen.
                for (const _ of waiting.values()) latencies.push(Number.POSITIVE_INFINITY);
                waiting.clear();
                type();
              });
            }
            sent++;
            if (key === CLEAR) pending = '';
            else waiting.set(key, performance.now());
            entry.stream.write(key);
            setTimeout(type, 200);
          };
          setTimeout(type, (index * 7) % 200);
        }),
    ),
  );
  return {latencies: latencies.sort((a, b) => a - b), keys: sent, bytes, seconds: (performance.now() - started) / 1000};
}

/**
 * The real CLI serving hangman on a free loopback port for `sessions` clients from this one address;
 * `nodeArgs` go to node (--cpu-prof), `extra` to `termblocks serve` (--workers 2 --store ...).
 */
export async function startServe(
  sessions: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
  extra: string[] = [],
): Promise<{server: ChildProcess; port: number}> {
  const limit = String(sessions + 10);
  const server = spawn(
    process.execPath,
    [
      ...nodeArgs,
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
      ...extra,
    ],
    {cwd: root, env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'pipe']},
  );
  let output = '';
  server.stderr?.on('data', data => {
    output += data.toString();
  });
  // Workers each start and warm their renderer: a minute covers a loaded machine.
  const deadline = Date.now() + 60000;
  while (!/ssh:\/\/127\.0\.0\.1:(\d+)/.test(output)) {
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill('SIGKILL');
      throw new Error(`termblocks serve did not start:\n${output}`);
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return {server, port: Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1])};
}
