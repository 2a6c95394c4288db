import {describe, expect, test} from '@jest/globals';
import {keyBytes, typedBytes} from '../../source/script/key-bytes.js';
import {parseTape} from '../../source/script/parse-tape.js';

/** The bytes a tape line sends, in normal or application cursor mode. */
function bytes(line: string, applicationCursorKeys = false): string {
  const [command] = parseTape(line);
  if (command.type !== 'Key') throw new Error(`${line} is not a key`);
  return keyBytes(command.chord, {applicationCursorKeys});
}

describe('key bytes are what xterm sends', () => {
  test.each([
    ['Enter', '\r'],
    ['Tab', '\t'],
    ['Shift+Tab', '\x1b[Z'],
    ['Backspace', '\x7f'],
    ['Delete', '\x1b[3~'],
    ['Insert', '\x1b[2~'],
    ['Space', ' '],
    ['Escape', '\x1b'],
    ['Up', '\x1b[A'],
    ['Down', '\x1b[B'],
    ['Right', '\x1b[C'],
    ['Left', '\x1b[D'],
    ['Home', '\x1b[H'],
    ['End', '\x1b[F'],
    ['PageUp', '\x1b[5~'],
    ['PageDown', '\x1b[6~'],
    ['Ctrl+C', '\x03'],
    ['Ctrl+c', '\x03'],
    ['Ctrl+A', '\x01'],
    ['Ctrl+U', '\x15'],
    ['Ctrl+W', '\x17'],
    ['Ctrl+@', '\x00'],
    ['Ctrl+Space', '\x00'],
    ['Ctrl+[', '\x1b'],
    ['Ctrl+\\', '\x1c'],
    ['Ctrl+]', '\x1d'],
    ['Ctrl+Backspace', '\x08'],
    ['Ctrl+Left', '\x1b[1;5D'],
    ['Ctrl+Shift+Right', '\x1b[1;6C'],
    ['Ctrl+Delete', '\x1b[3;5~'],
    ['Ctrl+Alt+a', '\x1b\x01'],
    ['Alt+b', '\x1bb'],
    ['Alt+Enter', '\x1b\r'],
    ['Alt+Up', '\x1b[1;3A'],
    ['Shift+a', 'A'],
    ['Shift+Up', '\x1b[1;2A'],
    ['ScrollUp', ''],
  ])('%s sends %j', (line, expected) => {
    expect(bytes(line)).toBe(expected);
  });

  test('arrows, Home and End follow application cursor mode (DECCKM) when the app sets it', () => {
    expect(['Up', 'Down', 'Right', 'Left', 'Home', 'End'].map(key => bytes(key, true))).toEqual([
      '\x1bOA',
      '\x1bOB',
      '\x1bOC',
      '\x1bOD',
      '\x1bOH',
      '\x1bOF',
    ]);
  });

  test('a newline typed in a Type string is the Enter key', () => {
    expect([...'a\nb'].map(typedBytes).join('')).toBe('a\rb');
  });
});
