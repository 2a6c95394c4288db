import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
let pane: TmuxPane | undefined;
afterEach(() => pane?.kill());

if (!hasTmux) console.warn('tmux is not installed: skipping the end-to-end tests of termblocks run');

// The app must draw the same with and without CI set: CI sets it, users run demos inside CI jobs.
describe.each([
  ['without CI', {}],
  ['with CI=true', {CI: 'true'}],
])('termblocks run in a real terminal (%s)', (_name, env) => {
  (hasTmux ? test : test.skip)('plays hangman with the keys a person would press, then Ctrl+C leaves a clean shell', async () => {
    // A shell runs the app, then prints its exit status, so we see what a user's prompt would show.
    pane = new TmuxPane(`node ${root}bin/termblocks.js run examples/hangman.ts; echo "exit status $?"; sleep 60`, {
      cwd: root,
      env,
    });
    await pane.waitFor(/Guess Letter/);
    pane.send('g');
    await pane.waitFor(/│ g\s+│/);
    pane.send('Tab', 'Enter');
    let screen = await pane.waitFor(/g_____/);
    expect(screen).toMatch(/Used Letters[\s\S]*│ g\s+│/);
    pane.send('BTab', 'BSpace', 'r', 'Tab', 'Enter');
    screen = await pane.waitFor(/gr____/);
    expect(screen).toMatch(/│ g, r\s+│/);
    pane.send('C-c');
    screen = await pane.waitFor(/exit status \d+/);
    expect(screen).toMatch(/exit status 0/);
    // The alternate screen was left: the app's boxes are gone and nothing else was printed.
    expect(screen).not.toContain('Guess Letter');
    expect(screen.trim()).toBe('exit status 0');
    // The cursor is visible again and the terminal is out of bracketed-paste mode.
    expect(pane.tmux('display', '-p', '#{cursor_flag}').trim()).toBe('1');
  });
});

(hasTmux ? test : test.skip)('SIGTERM restores the terminal and ends the session with exit status 143', async () => {
  const name = `sigterm-${process.pid}-${Date.now()}.ts`;
  const copy = join(root, 'tmp-e2e', name);
  mkdirSync(dirname(copy), {recursive: true});
  writeFileSync(copy, readFileSync(join(root, 'examples/hangman.ts'), 'utf8'));
  try {
    pane = new TmuxPane(`node ${root}bin/termblocks.js run ${copy}; echo "exit status $?"; sleep 60`, {cwd: root});
    await pane.waitFor(/Guess Letter/);
    // Only the node process: the shell around it has the name in its command line too.
    execFileSync('pkill', ['-TERM', '-f', `^node .*${name}`]);
    const screen = await pane.waitFor(/exit status \d+/);
    expect(screen).toMatch(/exit status 143/);
    expect(screen).not.toContain('Guess Letter');
    expect(pane.tmux('display', '-p', '#{cursor_flag}').trim()).toBe('1');
  } finally {
    rmSync(copy, {force: true});
  }
});

(hasTmux ? test : test.skip)('a conversation longer than its box scrolls back with the keys a person would press', async () => {
  pane = new TmuxPane(`node ${root}bin/termblocks.js run examples/chat.ts; echo "exit status $?"; sleep 60`, {
    cwd: root,
    columns: 70,
    rows: 22,
  });
  await pane.waitFor(/Conversation/);
  for (const word of ['one', 'two', 'three', 'four', 'five']) {
    pane.send(word, 'Enter');
    await pane.waitFor(new RegExp(`You said: ${word}`));
  }
  // Ten lines in a pane of eight: the first message is out of view until the chat is scrolled.
  let screen = pane.screen();
  expect(screen).not.toMatch(/│\s+one │/);
  expect(screen).toContain('↑ 2 more lines');
  pane.send('BTab', 'Home');
  screen = await pane.waitFor(/│\s+one │/);
  expect(screen).toContain('↓ 2 more lines');
  expect(screen).toMatch(/↑\/↓ scroll/);
  pane.send('Down');
  await pane.waitFor(/↑ 1 more line · ↓ 1 more line/);
  pane.send('NPage');
  screen = await pane.waitFor(/You said: five/);
  expect(screen).not.toMatch(/│\s+one │/);
  pane.send('C-c');
  expect(await pane.waitFor(/exit status \d+/)).toMatch(/exit status 0/);
});
