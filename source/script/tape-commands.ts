/** Where a command came from, for error messages: the tape (or sourced file), line and column, both from 1. */
export interface TapeLocation {
  file: string;
  line: number;
  column: number;
  /** The line as written, to quote it back. */
  text: string;
}

/** A key press, already resolved to a name for logs and to a chord the runner turns into bytes. */
export interface KeyChord {
  /** As written in the tape: `Enter`, `Ctrl+C`, `Alt+Shift+x`, `Shift+Tab`. */
  name: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  /** The key itself: a named key (`Enter`, `Up`, ...) or one character. */
  key: string;
}

/** One setting as the tape wrote it; the runner interprets it (see tape-settings.ts). */
export interface SettingValue {
  name: string;
  /** A number (sizes, counts), a duration in ms (TypingSpeed, WaitTimeout), a string, or a regex source. */
  value: number | string;
}

export type TapeCommand = (
  | {type: 'Output'; path: string}
  | {type: 'Set'; setting: SettingValue}
  | {type: 'Type'; text: string; speedMs?: number}
  | {type: 'Key'; chord: KeyChord; speedMs?: number; count: number}
  | {type: 'Sleep'; ms: number}
  | {type: 'Wait'; scope: 'Screen' | 'Line'; timeoutMs?: number; pattern?: RegExp}
  | {type: 'Hide'}
  | {type: 'Show'}
  | {type: 'Screenshot'; path: string}
  | {type: 'Copy'; text: string}
  | {type: 'Paste'}
  | {type: 'Env'; name: string; value: string}
  | {type: 'Require'; program: string}
  | {type: 'Expect'; negate: boolean; pattern: string | RegExp}
  | {type: 'Resize'; columns: number; rows: number}
  | {type: 'Click'; target: string}
  | {type: 'Scroll'; down: boolean; count: number; target?: string}
) & {at: TapeLocation};

export type TapeCommandType = TapeCommand['type'];

/** Keys that are a command on their own line (`Enter`, `Tab 3`, `Up@100ms 2`). */
export const namedKeys = [
  'Enter',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Space',
  'Escape',
  'Up',
  'Down',
  'Left',
  'Right',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'ScrollUp',
  'ScrollDown',
] as const;

/** Every setting VHS knows, plus `Columns`/`Rows` (cells) and `Mouse`. Unknown settings are an error; these never are. */
export const settingNames = [
  'Width',
  'Height',
  'Columns',
  'Rows',
  'TypingSpeed',
  'FontSize',
  'FontFamily',
  'LetterSpacing',
  'LineHeight',
  'Theme',
  'Padding',
  'Margin',
  'MarginFill',
  'WindowBar',
  'WindowBarSize',
  'BorderRadius',
  'Framerate',
  'PlaybackSpeed',
  'LoopOffset',
  'CursorBlink',
  'Shell',
  'WaitTimeout',
  'WaitPattern',
  'Mouse',
] as const;

/** Every command word a tape can start a line with. */
export const commandNames = [
  'Output',
  'Set',
  'Type',
  ...namedKeys,
  'Ctrl',
  'Alt',
  'Shift',
  'Sleep',
  'Wait',
  'Hide',
  'Show',
  'Screenshot',
  'Copy',
  'Paste',
  'Env',
  'Source',
  'Require',
  'Expect',
  'ExpectNot',
  'Resize',
  'Click',
  'Scroll',
] as const;
