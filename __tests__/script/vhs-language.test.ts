import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {parseTape} from '../../source/script/parse-tape.js';
import {runTape} from '../../source/script/run-tape.js';
import {TapeSyntaxError} from '../../source/script/TapeSyntaxError.js';
import {resolveSettings} from '../../source/script/tape-settings.js';
import {echoMount} from './echo-mount.js';

// VHS's whole language as its README and parser define it: each command and setting is either
// played with its effect asserted here, or refused with a located message asserted exactly.

const app = gr.Blocks({title: 'Echo'}, () => {
  gr.Textbox({label: 'Name'});
});
const folder = mkdtempSync(join(tmpdir(), 'termblocks-vhs-'));
const tapeFile = join(folder, 'demo.tape');
afterAll(() => rmSync(folder, {recursive: true, force: true}));

function run(tape: string) {
  return runTape({tape, tapeFile, app, mount: echoMount, fast: true, writeFiles: false});
}

/** The screen after the tape, as text. */
async function screen(tape: string): Promise<string> {
  const result = await run(`Set Columns 30\nSet Rows 4\n${tape}`);
  if (result.failure) throw result.failure;
  return result.textFrames.split(`${'─'.repeat(80)}\n`).at(-2) ?? '';
}

function problem(text: string): string {
  try {
    parseTape(text, {file: 'demo.tape'});
  } catch (error) {
    expect(error).toBeInstanceOf(TapeSyntaxError);
    return (error as Error).message.split('\n')[0];
  }
  throw new Error(`expected a syntax error for: ${text}`);
}

describe('several commands on one line, as VHS reads them', () => {
  test("VHS's own demo.tape line types, sleeps and presses Enter", async () => {
    const line = `Type "echo 'Welcome to VHS!'" Sleep 500ms  Enter`;
    const commands = parseTape(line, {file: 'demo.tape'});
    expect(commands.map(c => [c.type, c.at.column])).toEqual([
      ['Type', 1],
      ['Sleep', 31],
      ['Key', 44],
    ]);
    const result = await run(`Set Columns 40\nSet Rows 3\nRequire echo\nSet Shell "bash"\n${line}\nSleep 5s`);
    expect(result.ok).toBe(true);
    // The echo app answers "!" with a tick later; Enter starts a new prompt line.
    expect(result.textFrames).toMatch(/Echo> echo 'Welcome to VHS!'(tick)?\n>\s*─/);
    expect(result.lengthMs).toBe("echo 'Welcome to VHS!'".length * 50 + 500 + 50 + 5000);
  });

  test('a key count, a Wait pattern and strings stop where the next command starts', () => {
    const commands = parseTape('Enter 2 Tab Wait /x/ Type "a" "b" Backspace', {file: 'demo.tape'});
    expect(commands.map(({at: _at, ...c}) => c)).toMatchObject([
      {type: 'Key', count: 2},
      {type: 'Key', count: 1},
      {type: 'Wait', pattern: /x/m},
      {type: 'Type', text: 'a b'},
      {type: 'Key', chord: {name: 'Backspace'}},
    ]);
  });

  test('a bare word is a string, as in VHS: Type o types "o", Env takes a bare value; a command word must be quoted', async () => {
    expect(
      parseTape('Type o\nType hello world Enter\nEnv GREETING WORLD', {file: 'demo.tape'}).map(({at: _at, ...c}) => c),
    ).toMatchObject([
      {type: 'Type', text: 'o'},
      {type: 'Type', text: 'hello world'},
      {type: 'Key', chord: {name: 'Enter'}},
      {type: 'Env', name: 'GREETING', value: 'WORLD'},
    ]);
    expect(await screen('Type ok')).toContain('Echo> ok');
    expect(problem('Type Enter')).toBe(
      'demo.tape:1:6: Type needs a string in quotes, e.g. Type "hello": "Enter" is a command word, so put it in quotes to type it',
    );
    expect(problem('Env GREETING')).toBe('demo.tape:1:13: Env GREETING needs a value, e.g. Env GREETING "value"');
  });

  test('in a /regular expression/ a backslash escapes the next character, as in VHS: /a\\\\/ ends after the pair', () => {
    const pattern = (tape: string) => (parseTape(tape)[0] as {pattern: RegExp}).pattern;
    expect(pattern('Wait+Screen /dir\\\\/').test('C:\\dir\\')).toBe(true);
    expect(pattern('Wait /a\\/b/').test('a/b')).toBe(true);
    expect(pattern('Wait /a\\\\\\/b/').test('a\\/b')).toBe(true);
  });

  test('what is not a command after a command is still pointed at', () => {
    expect(problem('Enter 2 now')).toBe('demo.tape:1:9: unexpected "now" after Enter');
    expect(problem('Sleep 1s Entr')).toBe('demo.tape:1:10: unexpected "Entr" after Sleep');
  });
});

describe('settings, as VHS applies them', () => {
  test('a setting given twice takes its last value', () => {
    const settings = resolveSettings(
      parseTape('Set Columns 20\nSet Rows 5\nSet Columns 33\nSet Theme "Dracula"\nSet Theme "nord"'),
    );
    expect(settings).toMatchObject({columns: 33, rows: 5});
    expect(settings.look.theme.background).toBe('#2e3440');
  });

  test('a setting after the first command is ignored with a located note', async () => {
    const result = await run('Set Columns 30\nType "a"\nSet Columns 50\nSet TypingSpeed 1s\nType "bc"');
    expect(result.notes).toEqual([
      `${tapeFile}:3:1: Set Columns comes after the first action and is ignored (as in VHS): move it to the top`,
    ]);
    expect(JSON.parse(result.cast.split('\n')[0]).width).toBe(30);
    // TypingSpeed is the one setting that applies where it stands.
    expect(result.lengthMs).toBe(50 + 2000);
  });

  test('Shell names the shell in the recording', async () => {
    const result = await run('Set Shell "fish"\nEnter');
    expect(JSON.parse(result.cast.split('\n')[0]).env.SHELL).toBe('/bin/fish');
  });

  test('WaitTimeout bounds every Wait; WaitPattern is what a bare Wait waits for', async () => {
    const timedOut = await run('Set WaitTimeout 300ms\nWait /never/');
    expect(timedOut.failure?.reason).toBe('Wait timed out after 0.3s: the cursor line never matched /never/');
    expect((await run('Set WaitPattern /Echo/\nWait')).ok).toBe(true);
  });

  test('Width and Height are pixels of the picture, turned into the cells that fit', () => {
    expect(resolveSettings(parseTape('Set Width 600\nSet Height 300\nSet FontSize 10\nSet Padding 0'))).toMatchObject({
      columns: 100,
      rows: 30,
    });
  });

  test('named themes carry their real colours; a JSON theme its own', () => {
    const theme = (text: string) => resolveSettings(parseTape(`Set Theme ${text}`)).look.theme;
    expect(theme('"Catppuccin Mocha"')).toMatchObject({background: '#1e1e2e', foreground: '#cdd6f4'});
    expect(theme('"Catppuccin Mocha"').ansi[1]).toBe('#f38ba8');
    expect(theme('"catppuccin mocha"').background).toBe('#1e1e2e');
    expect(theme('Dracula').background).toBe('#1e1f29');
    expect(theme('{ "background": "#000000", "red": "#ff0000" }')).toMatchObject({background: '#000000', foreground: '#dddddd'});
    expect(theme('{ "background": "#000000", "red": "#ff0000" }').ansi[1]).toBe('#ff0000');
  });

  test('a JSON theme may be followed by another command on its line', () => {
    expect(parseTape('Set Theme {"background": "#000000"} Enter').map(c => c.type)).toEqual(['Set', 'Key']);
  });
});

describe('commands whose effect is on the terminal', () => {
  test('ScrollUp and ScrollDown move the view over the scrollback, and the app receives nothing', async () => {
    const tape = 'Type "first"\nEnter 5';
    expect(await screen(tape)).not.toContain('first');
    expect(await screen(`${tape}\nScrollUp 3`)).toContain('Echo> first');
    expect(await screen(`${tape}\nScrollUp 3\nScrollDown 3`)).not.toContain('first');
  });

  test('Require plays when the program is on the PATH, and stops the tape before the app when it is not', async () => {
    expect((await run('Require node\nEnter')).ok).toBe(true);
    await expect(run('Require no-such-program-here\nEnter')).rejects.toThrow(
      `${tapeFile}:1:9: Require no-such-program-here: no-such-program-here is not on the PATH: install it, or remove this line`,
    );
  });
});

describe('what is refused, and how it says so', () => {
  test.each([
    ['Subtitle "step 1"', `demo.tape:1:1: Subtitle is not in VHS's language and recordings here draw no subtitles: remove it`],
    ['Set WindowBar Colourful', 'demo.tape:1:15: "Colourful" is not a window bar: did you mean "Colorful"?'],
    ['Set WindowBar Fancy', 'demo.tape:1:15: "Fancy" is not a window bar: use Colorful, ColorfulRight, Rings, RingsRight'],
    ['Set MarginFill "#12345"', 'demo.tape:1:16: "#12345" is not a colour: use #rrggbb, e.g. "#6B50FF"'],
    [
      'Set MarginFill wallpaper.png',
      'demo.tape:1:16: Set MarginFill takes a colour here, e.g. "#6B50FF": an image file as the margin ("wallpaper.png") is not supported',
    ],
    ['Set CursorBlink maybe', 'demo.tape:1:17: Set CursorBlink takes true or false, not "maybe"'],
    [
      'Set Theme "Draculla"',
      'demo.tape:1:11: unknown theme "Draculla": did you mean "Dracula"? themes here are Catppuccin Mocha, ',
    ],
    ['Set Theme Catppuccin Mocha', 'demo.tape:1:11: a theme name with spaces goes in quotes: Set Theme "Catppuccin Mocha"'],
    ['Set Theme { "red": 12 }', `demo.tape:1:11: Set Theme's "red" must be a colour such as "#1e1e2e", not 12`],
    ['Set Theme { "red": "#ff0000", }', "demo.tape:1:11: Set Theme's JSON does not parse: "],
    ['Set Theme { "red": "#ff0000"', 'demo.tape:1:11: this JSON object has no closing }'],
    [
      'Output demo.png',
      'demo.tape:1:8: Output demo.png is a .png file, which is not written here: use .gif, .mp4, .webm, a folder/ (PNG frames), .cast, .txt, .ascii, .svg; for one image use Screenshot',
    ],
    [
      'Output demo',
      'demo.tape:1:8: Output demo has no extension, which is not written here: use .gif, .mp4, .webm, a folder/ (PNG frames), .cast, .txt, .ascii, .svg',
    ],
    [
      'Screenshot shot.jpg',
      'demo.tape:1:12: Screenshot shot.jpg is a .jpg file, which is not written here: use .png, .svg, .txt, .ascii',
    ],
  ])('%s', (tape, message) => {
    expect(problem(tape).startsWith(message)).toBe(true);
  });

  test('Set CursorBlink plays, with a located note that it changes nothing here', async () => {
    const result = await run('Set CursorBlink false\nEnter');
    expect(result.notes).toEqual([
      `${tapeFile}:1:1: Set CursorBlink has no effect here: recordings draw no terminal cursor (the app draws its own)`,
    ]);
  });
});
