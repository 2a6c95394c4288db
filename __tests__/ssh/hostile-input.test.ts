import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {INPUT_LIMITS} from '../../source/terminal/InputBudget.js';
import {PASTE_CHARS} from '../../source/terminal/parse-input.js';
import type {SshUser} from '../helpers/ssh.js';
import {sshServing} from '../helpers/ssh-serving.js';

// One hostile session and one bystander on the same server: whatever the first sends, the
// second's keys must still echo promptly. The bounds here are generous (the machine is shared
// and the ssh2 clients run in this process too); `npm run bench hostile` has the hard figures.
const BYSTANDER_P99_MS = 250;

const {lines, serve, connect} = sshServing('hostile-test');

/** A box to type into, a button that counts its runs, and a box whose submit shows the text's length. */
function arena(triggerMode: 'once' | 'multiple' = 'multiple') {
  const counts = {runs: 0, focus: 0, submits: 0};
  const app = gr.Blocks({title: 'Arena'}, () => {
    const say = gr.Textbox({label: 'Say'});
    const go = gr.Button('Go');
    const runs = gr.Textbox({label: 'Runs', interactive: false});
    const length = gr.Textbox({label: 'Length', interactive: false});
    go.click(() => String(++counts.runs), [], [runs], {triggerMode});
    say.focus(() => {
      counts.focus++;
    });
    say.submit(
      (text: string) => {
        counts.submits++;
        return `${text.length} chars`;
      },
      [say],
      [length],
    );
  });
  return {app, counts};
}

async function user(port: number, name: string, pty = {columns: 80, rows: 30}) {
  return connect({port, username: name, pty});
}

/**
 * The bystander types a letter, then Backspace, `count` times `everyMs` apart, and
 * times each keystroke to the first byte of its echo. Returns the times, sorted.
 */
async function echoTimes(bystander: SshUser, count = 60, everyMs = 50): Promise<number[]> {
  const times: number[] = [];
  let sentAt = 0;
  const onData = () => {
    if (sentAt) times.push(performance.now() - sentAt);
    sentAt = 0;
  };
  bystander.stream.on('data', onData);
  for (let i = 0; i < count; i++) {
    sentAt = performance.now();
    bystander.type(i % 2 === 0 ? 'k' : '\u007f');
    await new Promise(resolve => setTimeout(resolve, everyMs));
  }
  bystander.stream.off('data', onData);
  return times.sort((a, b) => a - b);
}

function p99(sorted: number[]): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))];
}

/** Writes `chunk` over and over, as fast as the channel takes it, until `stop()` or `limit` bytes; `stop()` returns the bytes sent. */
function flood(
  attacker: SshUser,
  chunk: string | Buffer,
  limit = Number.POSITIVE_INFINITY,
): {stop: () => number; done: Promise<void>} {
  let sent = 0;
  let stopped = false;
  const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
  let finish!: () => void;
  const done = new Promise<void>(resolve => {
    finish = resolve;
  });
  const pump = () => {
    while (!stopped && sent < limit) {
      sent += bytes.length;
      if (!attacker.stream.write(bytes)) return void attacker.stream.once('drain', pump);
    }
    finish();
  };
  pump();
  return {
    done,
    stop: () => {
      stopped = true;
      return sent;
    },
  };
}

async function arenaServer(options = {}) {
  const arenaApp = arena();
  const server = await serve(arenaApp.app, options);
  const attacker = await user(server.port, 'attacker');
  const bystander = await user(server.port, 'bystander');
  await attacker.waitFor(/Go/);
  await bystander.waitFor(/Go/);
  return {...arenaApp, attacker, bystander};
}

test('a flood of Enter on a button runs its handler at most the key rate, and a bystander’s echo stays prompt', async () => {
  const {counts, attacker, bystander} = await arenaServer();
  attacker.type('\t');
  await attacker.waitFor(/Go/);
  const started = performance.now();
  const enter = flood(attacker, '\r'.repeat(64 * 1024));
  const times = await echoTimes(bystander);
  const sent = enter.stop();
  const seconds = (performance.now() - started) / 1000;
  expect(sent).toBeGreaterThan(1024 * 1024);
  expect(counts.runs).toBeLessThanOrEqual(INPUT_LIMITS.keysPerSecond * seconds + INPUT_LIMITS.keyBurst);
  expect(counts.runs).toBeGreaterThan(0);
  expect(p99(times)).toBeLessThan(BYSTANDER_P99_MS);
  // The flooding session is throttled, not dropped: it still answers its own keys.
  attacker.type('\t');
  await bystander.waitFor(/k?\s/);
}, 30000);

test('a flood of Tab moves focus at most the key rate, and a bystander’s echo stays prompt', async () => {
  const {counts, attacker, bystander} = await arenaServer();
  const started = performance.now();
  const tab = flood(attacker, '\t'.repeat(64 * 1024));
  const times = await echoTimes(bystander);
  tab.stop();
  const seconds = (performance.now() - started) / 1000;
  // Every other Tab lands on the box.
  expect(counts.focus).toBeLessThanOrEqual((INPUT_LIMITS.keysPerSecond * seconds + INPUT_LIMITS.keyBurst) / 2 + 1);
  expect(p99(times)).toBeLessThan(BYSTANDER_P99_MS);
}, 30000);

test('a bracketed paste that never ends holds at most the paste bound, and is cut to it when it ends', async () => {
  const {attacker, bystander} = await arenaServer({inputBytesPerSecond: 64 * 1024 * 1024});
  attacker.type('\u001b[200~');
  const paste = flood(attacker, 'p'.repeat(256 * 1024), PASTE_CHARS + 4 * 1024 * 1024);
  const [times] = await Promise.all([echoTimes(bystander, 80), paste.done]);
  const sent = paste.stop();
  expect(sent).toBeGreaterThan(PASTE_CHARS + 1024 * 1024);
  expect(p99(times)).toBeLessThan(BYSTANDER_P99_MS);
  attacker.type('\u001b[201~\r');
  await attacker.waitFor(new RegExp(`${PASTE_CHARS} chars`), 20000);
  expect(lines.some(l => l.includes('paste was cut'))).toBe(true);
}, 60000);

test('a raw 10 MB paste (not bracketed) runs handlers at most the key rate, and a bystander’s echo stays prompt', async () => {
  const {counts, attacker, bystander} = await arenaServer({inputBytesPerSecond: 8 * 1024 * 1024});
  const started = performance.now();
  // A text file's lines, as a terminal without bracketed paste sends them: each newline is a \r, an Enter.
  const file = `${'r'.repeat(79)}\r`.repeat(800);
  const raw = flood(attacker, file, 10 * 1024 * 1024);
  const [times] = await Promise.all([echoTimes(bystander, 60), raw.done]);
  const sent = raw.stop();
  const seconds = (performance.now() - started) / 1000;
  expect(sent).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  // Each line's Enter submits the box: at most the key rate's worth of handler runs, not 131072 of them.
  expect(counts.submits).toBeLessThanOrEqual(INPUT_LIMITS.keysPerSecond * seconds + INPUT_LIMITS.keyBurst);
  expect(p99(times)).toBeLessThan(BYSTANDER_P99_MS);
  attacker.type('\r');
  await attacker.waitFor(/\d+ chars/, 20000);
}, 60000);

test('a character split across SSH packets arrives whole, at every split point', async () => {
  const text = 'ü€😀';
  const bytes = Buffer.from(text);
  const expected = text.repeat(bytes.length - 1);
  const app = gr.Blocks({title: 'UTF-8'}, () => {
    const box = gr.Textbox({label: 'Text'});
    const verdict = gr.Textbox({label: 'Verdict', interactive: false});
    box.submit(
      (typed: string) =>
        typed === expected ? 'arrived whole' : `broken: ${typed.split('\ufffd').length - 1} replacement characters`,
      [box],
      [verdict],
    );
  });
  const server = await serve(app);
  const typist = await user(server.port, 'typist');
  await typist.waitFor(/Verdict/);
  for (let at = 1; at < bytes.length; at++) {
    // Two writes are two SSH packets; the pause makes them two reads on the server.
    typist.stream.write(bytes.subarray(0, at));
    await new Promise(resolve => setTimeout(resolve, 20));
    typist.stream.write(bytes.subarray(at));
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  typist.type('\r');
  await typist.waitFor(/arrived whole|broken/);
  expect(await typist.screen()).toContain('arrived whole');
});
