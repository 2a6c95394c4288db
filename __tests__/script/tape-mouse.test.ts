// The tape's mouse: `Click "text"` and `Scroll Up|Down [N] ["text"]` send the SGR reports a
// terminal sends, through the app's input as keys go, and are refused or fail at their line.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import {parseTape} from '../../source/script/parse-tape.js';
import {runTape} from '../../source/script/run-tape.js';
import type {MountFunction} from '../../source/script/TapePlayer.js';
import {mountApp} from '../../source/terminal/mount.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const app = async () => (await import(fixture('mouse-app.ts'))).default as gr.Blocks;

/** Plays `tape` against the fixture app, keeping every chunk of bytes the app was sent. */
async function play(tape: string, tapeFile = fixture('inline.tape')) {
  const sent: string[] = [];
  const mount: MountFunction = (session, terminal, options) => {
    terminal.onInput(data => sent.push(data));
    return mountApp(session, terminal, options);
  };
  const result = await runTape({tape, tapeFile, app: await app(), mount, fast: true, writeFiles: false});
  return {result, sent};
}

test('the fixture tape clicks a tab, an example, a dropdown and its row, a button, and wheels the page and a chat', async () => {
  const {result, sent} = await play(readFileSync(fixture('mouse.tape'), 'utf8'), fixture('mouse.tape'));
  if (result.failure) throw new Error(result.failure.message);
  expect(result.assertions).toEqual({total: 8, held: 8, failed: 0});
  // The app took the mouse in SGR form, and what it was sent is SGR reports only.
  expect(result.cast).toContain('\\u001b[?1000h\\u001b[?1006h');
  // Five clicks (a press and a release each), then the wheel's 3 + 5 + 3 notches (a press each).
  const clicks = sent.filter(bytes => /^\x1b\[<0;(\d+);(\d+)M\x1b\[<0;\1;\2m$/.test(bytes));
  const notches = sent.filter(bytes => /^\x1b\[<6[45];\d+;\d+M$/.test(bytes));
  expect([clicks.length, notches.length, sent.length]).toEqual([5, 11, 16]);
});

test('Click sends a press and a release at the first cell of the text; Scroll with no text wheels over the title line', async () => {
  const {result, sent} = await play('Set Columns 60\nSet Rows 20\nClick "History"\nScroll Down 2\nScroll Up');
  expect(result.ok).toBe(true);
  // " Orders   History": the tab's name starts at column 11 of row 2.
  expect(sent).toEqual(['\x1b[<0;11;2M\x1b[<0;11;2m', '\x1b[<65;1;1M', '\x1b[<65;1;1M', '\x1b[<64;1;1M']);
});

test('a tape that neither clicks nor scrolls leaves the mouse to the terminal, as before', async () => {
  const {result} = await play('Set Columns 60\nSet Rows 20\nTab\nExpect "Name"');
  expect(result.ok).toBe(true);
  expect(result.cast).not.toContain('?1000h');
});

describe('failing at the line', () => {
  test('a Click on text no component shows names what the screen does show', async () => {
    const {result} = await play('Set Columns 60\nSet Rows 20\nClick "Checkout"');
    expect(result.failure?.message).toMatch(
      /inline\.tape:3:1: Click "Checkout": no component on the screen is labelled "Checkout", nor shows it as a button or a choice: the screen shows .*"Orders"/,
    );
  });

  test('a Click on text two components show names both', async () => {
    const {result} = await play('Set Columns 60\nSet Rows 40\nClick "Size"\nClick "small"');
    expect(result.failure?.message).toContain(
      'inline.tape:4:1: Click "small": "small" is on 2 components: Dropdown "Size" (row 9), Dataset "Examples" (row 18)',
    );
  });

  test('a Click on a component below the screen says to scroll first', async () => {
    const {result} = await play('Set Columns 60\nSet Rows 12\nClick "Receipt"');
    expect(result.failure?.message).toContain(
      'inline.tape:3:1: Click "Receipt": "Receipt" (Textbox "Receipt") is not on the screen now',
    );
  });

  test('Set Mouse false refuses every Click and Scroll before anything plays', async () => {
    await expect(play('Set Mouse false\nClick "Name"\nType "x"\nScroll Down')).rejects.toThrow(
      /inline\.tape:2:1: Click needs the mouse, which this tape turns off \(Set Mouse false at line 1\)[\s\S]*inline\.tape:4:1: Scroll needs the mouse/,
    );
  });

  test('Set Mouse true takes the mouse for a tape of keys', async () => {
    const {result} = await play('Set Mouse true\nTab');
    expect(result.cast).toContain('?1000h');
  });
});

describe('parsing', () => {
  test('Click takes a string; Scroll a direction, a count and a string, each optional but the direction', () => {
    const commands = parseTape('Click "Go"\nScroll Down\nScroll Up 3\nScroll Down 2 "Chat"\nScroll Up "Log" Enter');
    expect(commands.map(({at: _, ...c}) => c)).toEqual([
      {type: 'Click', target: 'Go'},
      {type: 'Scroll', down: true, count: 1, target: undefined},
      {type: 'Scroll', down: false, count: 3, target: undefined},
      {type: 'Scroll', down: true, count: 2, target: 'Chat'},
      {type: 'Scroll', down: false, count: 1, target: 'Log'},
      expect.objectContaining({type: 'Key'}),
    ]);
  });

  test('mistakes are located', () => {
    expect(() => parseTape('Click Go\nScroll Sideways\nSet Mouse maybe\nScroll Down 0')).toThrow(
      [
        '<tape>:1:7: Click needs the text it clicks in quotes, e.g. Click "Submit"',
        '<tape>:2:8: Scroll takes Up or Down',
        '<tape>:3:11: Set Mouse takes true or false, not "maybe"',
        '<tape>:4:13: Scroll takes Up or Down',
      ]
        .map(line => line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .reduce((all, line) => new RegExp(`${all.source}[\\s\\S]*${line}`), /^/),
    );
  });
});
