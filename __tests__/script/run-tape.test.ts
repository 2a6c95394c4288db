import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {runTape} from '../../source/script/run-tape.js';
import {frameSeparator, parseTextFrames} from '../../source/script/TextFrameRecorder.js';
import {echoMount} from './echo-mount.js';

const app = gr.Blocks({title: 'Echo'}, () => {
  gr.Textbox({label: 'Name'});
});
const folder = mkdtempSync(join(tmpdir(), 'termblocks-tape-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

function run(tape: string, options: {fast?: boolean; writeFiles?: boolean} = {}) {
  return runTape({
    tape: `Set Columns 30\nSet Rows 4\n${tape}`,
    tapeFile: join(folder, 'demo.tape'),
    app,
    mount: echoMount,
    fast: options.fast ?? true,
    writeFiles: options.writeFiles ?? false,
  });
}

describe('playing a tape', () => {
  test('types each character at the typing speed, and timestamps come from the tape, not the wall clock', async () => {
    const result = await run('Set TypingSpeed 100ms\nType "ab"\nSleep 2s\nEnter');
    expect(result.ok).toBe(true);
    // The last event marks the tape's end, so the recording lasts the whole tape (the Enter's typing delay too).
    expect(result.cast.split('\n').slice(1, -1)).toEqual([
      '[0,"o","Echo> a"]',
      '[0.1,"o","b"]',
      '[2.2,"o","\\r\\n> "]',
      '[2.3,"o",""]',
    ]);
    expect(result.lengthMs).toBe(2300);
  });

  test('Type@speed and Key@speed override the typing speed for their line', async () => {
    const result = await run('Type@1s "ab"\nBackspace@250ms 2\nType "c"');
    expect(result.cast.split('\n').slice(1, -1)).toEqual([
      '[0,"o","Echo> a"]',
      '[1,"o","b"]',
      '[2,"o","\\b \\b"]',
      '[2.25,"o","\\b \\b"]',
      '[2.5,"o","c"]',
      '[2.55,"o",""]',
    ]);
  });

  test('two runs of the same tape give byte-identical recordings', async () => {
    const tape = 'Type "hello"\nEnter\nType "!"\nSleep 1\nResize 40 6\nType "x"';
    const [a, b] = [await run(tape), await run(tape)];
    expect(a.cast).toBe(b.cast);
    expect(a.textFrames).toBe(b.textFrames);
    expect(a.svg).toBe(b.svg);
  });

  test('with --fast a long Sleep costs no wall time; without it, it does', async () => {
    let started = performance.now();
    await run('Sleep 60s', {fast: true});
    expect(performance.now() - started).toBeLessThan(2000);
    started = performance.now();
    await run('Sleep 300ms', {fast: false});
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  test("timers on the tape's clock fire while time passes, at their own time", async () => {
    const result = await run('Type "!"\nSleep 2s\nExpect "tick"');
    expect(result.ok).toBe(true);
    expect(result.cast).toContain('[0.5,"o","tick"]');
  });

  test('Wait+Screen moves the tape clock on until the screen matches', async () => {
    const result = await run('Type@0 "!"\nWait+Screen /tick/\nExpect "tick"');
    expect(result.ok).toBe(true);
  });

  test('the text frames are the screen after each command that changed it, in VHS format', async () => {
    const result = await run('Type@0 "a"\nSleep 1s\nEnter');
    expect(parseTextFrames(result.textFrames)).toEqual([
      ['Echo>', '', '', ''],
      ['Echo> a', '', '', ''],
      ['Echo> a', '>', '', ''],
    ]);
    expect(result.textFrames.endsWith(`${frameSeparator}\n`)).toBe(true);
  });

  test('Hide keeps steps out of the recording and its time; Show draws the screen as it then is', async () => {
    const result = await run('Sleep 1\nHide\nType "secret"\nSleep 5s\nShow\nSleep 1\nType "x"');
    const events = result.cast.split('\n').slice(1, -1);
    expect(events).toHaveLength(4);
    expect(events[0]).toBe('[0,"o","Echo> "]');
    expect(events[1]).toMatch(/^\[1,"o","\\u001b\[0m\\u001b\[H\\u001b\[2J.*Echo> secret.*\\u001b\[1;13H"\]$/);
    expect(events[2]).toBe('[2,"o","x"]');
    // The end of the tape, with the 5 s hidden cut out: 1 s, then 1 s shown, then the typing delay.
    expect(events[3]).toBe('[2.05,"o",""]');
    expect(parseTextFrames(result.textFrames).map(frame => frame[0])).toEqual(['Echo>', 'Echo> secret', 'Echo> secretx']);
  });

  test('a tape that starts with Hide records nothing of the set-up', async () => {
    const result = await run('Hide\nType "setup"\nShow\nType "x"');
    expect(parseTextFrames(result.textFrames).map(frame => frame[0])).toEqual(['Echo> setup', 'Echo> setupx']);
    expect(result.cast.split('\n')).toHaveLength(4);
  });

  test('Resize changes the terminal and records an r event', async () => {
    const result = await run('Sleep 1\nResize 50 10\nExpect "Echo"');
    expect(result.cast).toContain('[1,"r","50x10"]');
    expect(parseTextFrames(result.textFrames).at(-1)).toHaveLength(10);
  });

  test('Copy then Paste sends the text, bracketed when the app asked for bracketed paste', async () => {
    const result = await run('Copy "pasted"\nPaste\nExpect "Echo> pasted"');
    expect(result.ok).toBe(true);
  });

  test('Env is set while the tape plays and restored after', async () => {
    delete process.env.TERMBLOCKS_TAPE_TEST;
    let seen: string | undefined;
    await runTape({
      tape: 'Env TERMBLOCKS_TAPE_TEST "on"\nEnter',
      tapeFile: join(folder, 'env.tape'),
      app: async () => {
        seen = process.env.TERMBLOCKS_TAPE_TEST;
        return app;
      },
      mount: echoMount,
      fast: true,
      writeFiles: false,
    });
    expect(seen).toBe('on');
    expect(process.env.TERMBLOCKS_TAPE_TEST).toBeUndefined();
  });

  test('after the app quits (Ctrl+C), keys go nowhere and assertions still read the last screen', async () => {
    const result = await run('Type "a"\nCtrl+C\nType "b"\nExpect "Echo> a"\nExpectNot "ab"');
    expect(result.ok).toBe(true);
  });

  test('a Set after the first action is ignored with a note, as VHS does', async () => {
    const result = await run('Enter\nSet FontSize 40');
    expect(result.notes).toEqual([
      `${join(folder, 'demo.tape')}:4:1: Set FontSize comes after the first action and is ignored (as in VHS): move it to the top`,
    ]);
  });
});

describe('assertions', () => {
  test('a failing Expect fails the tape with the line, what was expected and the screen', async () => {
    const result = await run('Type "abc"\nExpect "xyz"\nType "never typed"');
    expect(result.ok).toBe(false);
    expect(result.failure?.message).toBe(
      [
        `${join(folder, 'demo.tape')}:4:1: Expect "xyz" failed: the screen does not show "xyz"`,
        '4 | Expect "xyz"',
        '',
        'The screen (30x4) at 0.15s of the tape:',
        `┌${'─'.repeat(30)}┐`,
        `│Echo> abc${' '.repeat(21)}│`,
        `│${' '.repeat(30)}│`,
        `│${' '.repeat(30)}│`,
        `│${' '.repeat(30)}│`,
        `└${'─'.repeat(30)}┘`,
      ].join('\n'),
    );
    expect(result.textFrames).not.toContain('never');
  });

  test('Expect /regex/ and ExpectNot', async () => {
    expect((await run('Type "abc"\nExpect /Echo> a.c$/\nExpectNot "xyz"')).ok).toBe(true);
    const result = await run('Type "abc"\nExpectNot /b+/');
    expect(result.failure?.reason).toBe('ExpectNot /b+/ failed: the screen shows /b+/');
  });

  test('a Wait that never matches fails after its timeout, showing the screen', async () => {
    const result = await run('Wait+Screen@100ms /never/');
    expect(result.ok).toBe(false);
    expect(result.failure?.reason).toBe('Wait timed out after 0.1s: the screen never matched /never/');
    expect(result.failure?.message).toContain('│Echo>');
  });

  test('Wait watches the cursor line by default', async () => {
    expect((await run('Type "go"\nWait@200ms /> go$/')).ok).toBe(true);
  });
});

describe('files', () => {
  test('writes the Output files relative to the tape; a .cast parses as asciicast v2', async () => {
    const result = await run('Output out/demo.cast\nOutput out/demo.txt\nOutput out/demo.svg\nType "hi"\nResize 40 5', {
      writeFiles: true,
    });
    const [header, ...events] = readFileSync(join(folder, 'out/demo.cast'), 'utf8')
      .trimEnd()
      .split('\n')
      .map(line => JSON.parse(line));
    expect(header).toEqual({version: 2, width: 30, height: 4, title: 'Echo', env: {TERM: 'xterm-256color', SHELL: '/bin/bash'}});
    for (const [time, type, data] of events) {
      expect(typeof time).toBe('number');
      expect(['o', 'r']).toContain(type);
      expect(typeof data).toBe('string');
    }
    expect(events.map(e => e[0])).toEqual([...events.map(e => e[0])].sort((a, b) => a - b));
    expect(readFileSync(join(folder, 'out/demo.txt'), 'utf8')).toBe(result.textFrames);
    const svg = readFileSync(join(folder, 'out/demo.svg'), 'utf8');
    expect(svg).toContain('>Echo&gt;</text>');
    expect(svg).toContain('>hi</text>');
    expect(svg).toContain('@keyframes play{');
  });

  test('Screenshot draws the screen at that moment as a static SVG, a PNG or text', async () => {
    const result = await run('Type "one"\nScreenshot shot.svg\nScreenshot shot.png\nScreenshot shot.txt\nType "two"');
    const svg = result.files.get(join(folder, 'shot.svg')) as string;
    expect(svg).toMatch(/>one<\/text>/);
    expect(svg).not.toContain('two');
    expect(svg).not.toContain('@keyframes');
    expect(
      Buffer.from(result.files.get(join(folder, 'shot.png')) as Uint8Array)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(result.files.get(join(folder, 'shot.txt'))).toBe('Echo> one\n\n\n\n');
    expect(result.notes).toEqual([]);
  });
});
