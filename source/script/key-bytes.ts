import type {KeyChord} from './tape-commands.js';

/** Terminal modes that change what a key sends, read from the virtual terminal as a real one would. */
export interface KeyModes {
  /** DECCKM: arrows, Home and End send `ESC O x` instead of `ESC [ x`. */
  applicationCursorKeys: boolean;
}

/** Final byte of the cursor keys' CSI/SS3 sequences. */
const cursorKeys: Record<string, string> = {Up: 'A', Down: 'B', Right: 'C', Left: 'D', Home: 'H', End: 'F'};
/** The number of the `CSI n ~` keys. */
const tildeKeys: Record<string, number> = {Insert: 2, Delete: 3, PageUp: 5, PageDown: 6};
const plainKeys: Record<string, string> = {Enter: '\r', Tab: '\t', Backspace: '\x7f', Space: ' ', Escape: '\x1b'};
/** Control characters for the non-letter keys, as xterm sends them with Ctrl held. */
const ctrlSymbols: Record<string, string> = {
  '@': '\x00',
  ' ': '\x00',
  '2': '\x00',
  '[': '\x1b',
  '3': '\x1b',
  '\\': '\x1c',
  '4': '\x1c',
  ']': '\x1d',
  '5': '\x1d',
  '^': '\x1e',
  '6': '\x1e',
  _: '\x1f',
  '-': '\x1f',
  '7': '\x1f',
  '/': '\x1f',
  '?': '\x7f',
  '8': '\x7f',
};

/**
 * The bytes a real terminal (xterm, and so xterm.js) sends for a key press, so
 * the app under a tape reads exactly what it would read from a person.
 */
export function keyBytes(chord: KeyChord, modes: KeyModes): string {
  const {key, ctrl, alt, shift} = chord;
  // xterm's modifier parameter: 1 + Shift(1) + Alt(2) + Ctrl(4).
  const modifier = 1 + (shift ? 1 : 0) + (alt ? 2 : 0) + (ctrl ? 4 : 0);
  if (key in cursorKeys) {
    if (modifier > 1) return `\x1b[1;${modifier}${cursorKeys[key]}`;
    return `${modes.applicationCursorKeys ? '\x1bO' : '\x1b['}${cursorKeys[key]}`;
  }
  if (key in tildeKeys) return modifier > 1 ? `\x1b[${tildeKeys[key]};${modifier}~` : `\x1b[${tildeKeys[key]}~`;
  if (key === 'ScrollUp' || key === 'ScrollDown') return ''; // VHS scrolls its viewport: nothing reaches the app.
  const meta = alt ? '\x1b' : '';
  if (key === 'Tab' && shift) return `${meta}\x1b[Z`;
  if (key === 'Backspace' && ctrl) return `${meta}\x08`;
  if (key === 'Space' && ctrl) return `${meta}\x00`;
  if (key in plainKeys) return meta + plainKeys[key];
  return meta + characterBytes(key, ctrl, shift);
}

function characterBytes(char: string, ctrl: boolean, shift: boolean): string {
  const typed = shift ? char.toUpperCase() : char;
  if (!ctrl) return typed;
  if (/^[a-z]$/i.test(char)) return String.fromCharCode(char.toUpperCase().charCodeAt(0) & 0x1f);
  return ctrlSymbols[char] ?? typed;
}

/** What `Type` sends for one character: a newline is the Enter key, as when a person types it. */
export function typedBytes(char: string): string {
  return char === '\n' ? '\r' : char;
}

/** Mouse buttons as SGR reports number them: the left button, and one notch of the wheel each way. */
const mouseButtons = {left: 0, wheelup: 64, wheeldown: 65} as const;

/**
 * What a terminal sends for a mouse press at 0-based cell (x, y) when the app asked for
 * SGR reports (`CSI ? 1000 h`, `CSI ? 1006 h`): `CSI < button ; column ; row M`, counted
 * from 1, then `m` on release. The wheel has no release.
 */
export function mouseBytes(button: keyof typeof mouseButtons, x: number, y: number): string {
  const at = `${mouseButtons[button]};${x + 1};${y + 1}`;
  return button === 'left' ? `\x1b[<${at}M\x1b[<${at}m` : `\x1b[<${at}M`;
}
