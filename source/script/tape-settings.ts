import type {SvgLook} from './render-svg.js';
import type {TapeCommand} from './tape-commands.js';
import {themeFromSetting} from './terminal-theme.js';

/** What the tape's `Set` lines decide for the whole run. */
export interface TapeSettings {
  columns: number;
  rows: number;
  typingSpeedMs: number;
  waitTimeoutMs: number;
  waitPattern: RegExp;
  shell: string;
  look: SvgLook;
  /** How animations are timed: frames per second, speed, and where the loop starts (ms into the tape, or a % of it). */
  animation: {framerate: number; playbackSpeed: number; loopOffset: {value: number; percent: boolean}};
  /** Whether the tape named a font: then images may use the system's fonts too, not only the bundled one. */
  fontFamilySet: boolean;
  /** `Set Mouse true|false`; unset, the app gets the mouse only if the tape clicks or scrolls (see tape-mouse.ts). */
  mouse: boolean | undefined;
}

/** VHS's defaults, so a tape written for VHS means the same here. */
const vhsDefaults = {
  Width: 1200,
  Height: 600,
  FontSize: 22,
  Padding: 60,
  Margin: 0,
  LineHeight: 1,
  LetterSpacing: 0,
  BorderRadius: 0,
  WindowBarSize: 30,
  Framerate: 50,
  PlaybackSpeed: 1,
  LoopOffset: 0,
  TypingSpeed: 50,
  WaitTimeout: 15_000,
  WaitPattern: '>$',
  Shell: 'bash',
  FontFamily:
    'JetBrains Mono,DejaVu Sans Mono,Menlo,Bitstream Vera Sans Mono,Inconsolata,Roboto Mono,Hack,Consolas,ui-monospace,monospace',
};

/** A terminal's usual size, used when the tape sets no size at all. */
const defaultCells = {columns: 80, rows: 24};

/**
 * Resolves the tape's settings. Sizes: `Set Columns`/`Set Rows` are cells; VHS's
 * `Set Width`/`Set Height` are pixels of a video, converted to the cells that
 * would fit: (pixels - 2 x (Padding + Margin)) / cell size, where a cell is
 * 0.6 x FontSize wide and FontSize x LineHeight high (VHS's defaults give 81x21).
 */
export function resolveSettings(commands: readonly TapeCommand[]): TapeSettings {
  const set = new Map<string, number | string>();
  for (const command of commands) {
    // As in VHS, a setting given twice takes its last value.
    if (command.type === 'Set') set.set(command.setting.name, command.setting.value);
  }
  const number = (name: keyof typeof vhsDefaults) => {
    const value = set.get(name);
    return typeof value === 'number' ? value : (vhsDefaults[name] as number);
  };
  const text = (name: keyof typeof vhsDefaults) => {
    const value = set.get(name);
    return value === undefined ? String(vhsDefaults[name]) : String(value);
  };
  const fontSize = number('FontSize');
  const loopOffsetPercent = loopOffsetUnit(commands) === '%';
  const lineHeight = number('LineHeight');
  const frame = 2 * (number('Padding') + number('Margin'));
  const bar = set.has('WindowBar') ? number('WindowBarSize') : 0;
  const cellWidth = fontSize * 0.6 + number('LetterSpacing');
  const pixels = set.has('Width') || set.has('Height');
  const columns =
    (set.get('Columns') as number | undefined) ??
    (pixels ? Math.max(1, Math.floor((number('Width') - frame) / cellWidth)) : defaultCells.columns);
  const rows =
    (set.get('Rows') as number | undefined) ??
    (pixels ? Math.max(1, Math.floor((number('Height') - frame - bar) / (fontSize * lineHeight))) : defaultCells.rows);
  return {
    columns,
    rows,
    // Set TypingSpeed may change the speed mid-tape: the runner applies each where it stands.
    typingSpeedMs: vhsDefaults.TypingSpeed,
    waitTimeoutMs: number('WaitTimeout'),
    waitPattern: new RegExp(text('WaitPattern'), 'm'),
    shell: text('Shell'),
    look: {
      theme: themeFromSetting(set.get('Theme') as string | undefined),
      fontSize,
      fontFamily: text('FontFamily'),
      lineHeight: Math.max(lineHeight, 1),
      letterSpacing: number('LetterSpacing'),
      // A screenshot keeps a little room around the text, not VHS's video-sized frame.
      padding: set.has('Padding') || pixels ? number('Padding') : fontSize,
      margin: number('Margin'),
      marginFill: set.get('MarginFill') as string | undefined,
      borderRadius: number('BorderRadius'),
      windowBar: set.get('WindowBar') as string | undefined,
      windowBarSize: number('WindowBarSize'),
      // A picture is the size the tape asked for; otherwise it fits the cells.
      width: set.has('Width') ? number('Width') : undefined,
      height: set.has('Height') ? number('Height') : undefined,
    },
    animation: {
      framerate: Math.max(1, number('Framerate')),
      playbackSpeed: number('PlaybackSpeed') > 0 ? number('PlaybackSpeed') : 1,
      loopOffset: {value: number('LoopOffset'), percent: loopOffsetPercent},
    },
    fontFamilySet: set.has('FontFamily'),
    mouse: set.has('Mouse') ? set.get('Mouse') === 'true' : undefined,
  };
}

/** Whether the last `Set LoopOffset` was a percentage (the parser keeps its unit in the text). */
function loopOffsetUnit(commands: readonly TapeCommand[]): string {
  const last = commands.filter(c => c.type === 'Set' && c.setting.name === 'LoopOffset').at(-1);
  return last?.at.text.slice(last.at.column - 1).match(/LoopOffset\s+[\d.]+(%?)/)?.[1] ?? '';
}
