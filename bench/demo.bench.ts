// What `termblocks demo --fast` buys: the wall time of examples/hangman.tape
// against the tape's own (nominal) length, and against the same steps driven
// the way people script terminals today: `termblocks run` inside tmux, keys sent
// with `tmux send-keys` at the tape's typing speed, the screen polled with
// `tmux capture-pane` for each Expect.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import type {BlocksApp} from '../source/blocks/Blocks.js';
import {parseTape} from '../source/script/parse-tape.js';
import {runTape} from '../source/script/run-tape.js';
import type {KeyChord, TapeCommand} from '../source/script/tape-commands.js';
import {resolveSettings} from '../source/script/tape-settings.js';
import {mountApp} from '../source/terminal/mount.js';

const ROUNDS = 3;
const root = fileURLToPath(new URL('..', import.meta.url));
const tapeFile = `${root}examples/hangman.tape`;
const appFile = `${root}examples/hangman.ts`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function demoFast(tape: string): Promise<{wallMs: number; lengthMs: number}> {
  const app = (await import(appFile)).default as BlocksApp;
  const started = performance.now();
  const result = await runTape({tape, tapeFile, app, mount: mountApp, fast: true, writeFiles: false});
  const wallMs = performance.now() - started;
  if (!result.ok) throw new Error(`examples/hangman.tape failed:\n${result.failure?.message}`);
  return {wallMs, lengthMs: result.lengthMs};
}

/** tmux's name for a key chord (`C-c`, `M-x`, `BTab`, `BSpace`). */
function tmuxKey(chord: KeyChord): string {
  const names: Record<string, string> = {Backspace: 'BSpace', Delete: 'DC', Insert: 'IC', PageUp: 'PPage', PageDown: 'NPage'};
  if (chord.key === 'Tab' && chord.shift) return 'BTab';
  const key = names[chord.key] ?? chord.key;
  return `${chord.ctrl ? 'C-' : ''}${chord.alt ? 'M-' : ''}${chord.shift && key.length > 1 ? 'S-' : ''}${key}`;
}

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', 'termblocks-bench', ...args], {encoding: 'utf8'});
}

async function screenShows(pattern: string | RegExp, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const screen = tmux('capture-pane', '-p', '-t', 'bench');
    if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) return;
    if (performance.now() > deadline) throw new Error(`tmux: the screen never showed ${pattern}:\n${screen}`);
    await sleep(20);
  }
}

/** The tape's steps through tmux: one send-keys per key, the typing speed slept for real, Expects polled. */
async function throughTmux(commands: TapeCommand[]): Promise<number> {
  const {columns, rows, typingSpeedMs} = resolveSettings(commands);
  let speed = typingSpeedMs;
  const started = performance.now();
  tmux(
    'new-session',
    '-d',
    '-s',
    'bench',
    '-x',
    String(columns),
    '-y',
    String(rows),
    `node ${root}bin/termblocks.js run ${appFile}`,
  );
  try {
    await screenShows('Guess Letter', 10_000);
    for (const command of commands) {
      if (command.type === 'Set' && command.setting.name === 'TypingSpeed') speed = command.setting.value as number;
      if (command.type === 'Type') {
        for (const char of command.text) {
          tmux('send-keys', '-t', 'bench', '-l', char);
          await sleep(command.speedMs ?? speed);
        }
      } else if (command.type === 'Key') {
        for (let i = 0; i < command.count; i++) {
          tmux('send-keys', '-t', 'bench', tmuxKey(command.chord));
          await sleep(command.speedMs ?? speed);
        }
      } else if (command.type === 'Sleep') await sleep(command.ms);
      else if (command.type === 'Expect' && !command.negate) await screenShows(command.pattern, 10_000);
      else if (command.type === 'Wait' && command.pattern) await screenShows(command.pattern, command.timeoutMs ?? 15_000);
    }
    return performance.now() - started;
  } finally {
    tmux('kill-server');
  }
}

export default async function demoBench(): Promise<void> {
  const tape = readFileSync(tapeFile, 'utf8');
  await demoFast(tape); // warm-up: module loading and the JIT
  const runs: number[] = [];
  let lengthMs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const run = await demoFast(tape);
    runs.push(run.wallMs);
    lengthMs = run.lengthMs;
  }
  const fast = median(runs);
  console.log(`examples/hangman.tape  nominal length ${(lengthMs / 1000).toFixed(2)} s (typing and sleeps, tape time)`);
  console.log(
    `demo --fast            ${fast.toFixed(0)} ms wall (median of ${ROUNDS}), ${(lengthMs / fast).toFixed(1)}x faster than the tape`,
  );

  // A GIF from the same run: the tape again with one more Output, so the difference is the GIF's
  // own cost (replaying the recording into frames, rasterizing each, encoding), per second of tape.
  const gifTape = `Output ${tmpdir()}/termblocks-bench-hangman.gif\n${tape}`;
  const gifRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round++) gifRuns.push((await demoFast(gifTape)).wallMs);
  const gifMs = Math.max(0, median(gifRuns) - fast);
  console.log(
    `+ Output .gif           ${median(gifRuns).toFixed(0)} ms wall: the GIF costs ${gifMs.toFixed(0)} ms, ${(gifMs / (lengthMs / 1000)).toFixed(0)} ms per second of tape`,
  );

  let tmuxMs: number;
  try {
    tmuxMs = await throughTmux(parseTape(tape, {file: tapeFile}));
  } catch (error) {
    console.log(`tmux send-keys         not measured: ${(error as Error).message.split('\n')[0]}`);
    return;
  }
  console.log(`tmux send-keys + run   ${tmuxMs.toFixed(0)} ms wall (same steps and delays, screen polled for each Expect)`);
  console.log(`demo --fast vs tmux    ${(tmuxMs / fast).toFixed(1)}x faster (ratio of wall times, same steps)`);
}
