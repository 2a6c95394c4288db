import {accessSync, constants, mkdirSync, writeFileSync} from 'node:fs';
import {delimiter, dirname, join, resolve} from 'node:path';
import type {BlocksApp} from '../blocks/Blocks.js';
import '../session/install.js';
import {parseTape} from './parse-tape.js';
import {renderSvg} from './render-svg.js';
import {TapeFailure} from './TapeFailure.js';
import {isAction, type MountFunction, TapePlayer} from './TapePlayer.js';
import {TapeSyntaxError} from './TapeSyntaxError.js';
import type {TapeCommand} from './tape-commands.js';
import {pinRandomAndDate} from './tape-determinism.js';
import {mouseProblems} from './tape-mouse.js';
import {type FileContents, type Shot, tapeOutputs} from './tape-outputs.js';
import {resolveSettings} from './tape-settings.js';
import {VirtualClock} from './VirtualClock.js';

export interface RunTapeOptions {
  /** The tape's text. */
  tape: string;
  /** The tape's path: named in messages; `Source`, `Output` and `Screenshot` paths are relative to its folder. */
  tapeFile: string;
  /** The app, or a loader called after the tape's `Env` lines are applied (so the app can read them when it loads). */
  app: BlocksApp | (() => Promise<BlocksApp>);
  mount: MountFunction;
  /** Sleeps and typing delays cost no wall time (waits still wait for the app). */
  fast?: boolean;
  /** Write the files named by `Output`/`Screenshot` (default); false keeps them in the result only. */
  writeFiles?: boolean;
  /** How long the app may take to settle after one command before the tape fails; default 30 s. */
  settleTimeoutMs?: number;
}

export interface TapeResult {
  /** True when every `Expect`, `ExpectNot` and `Wait` held. */
  ok: boolean;
  failure?: TapeFailure;
  /** The `.txt` golden: the screen after each command that changed it. */
  textFrames: string;
  /** The `.cast` recording. */
  cast: string;
  /** The final screen as a static SVG. */
  svg: string;
  /** Every file the tape names, absolute path to contents (written unless `writeFiles` is false). */
  files: Map<string, FileContents>;
  /** What was asked for but is not produced here, and what to do instead. */
  notes: string[];
  /** The tape's own length: typing, sleeps and timers, not wall time. */
  lengthMs: number;
  /** How many `Expect`, `ExpectNot` and `Wait` lines the tape has, held, and failed (the rest were not reached). */
  assertions: {total: number; held: number; failed: number};
}

/**
 * Plays a tape against an app headless and returns its recordings: the app runs
 * on a virtual terminal with the tape's own clock, so the same app and tape give
 * the same bytes on every run. Throws TapeSyntaxError for a tape that cannot be
 * played; a failed assertion is a result (`ok: false`), not an exception.
 */
export async function runTape(options: RunTapeOptions): Promise<TapeResult> {
  const commands = parseTape(options.tape, {file: options.tapeFile});
  const firstAction = commands.findIndex(isAction);
  const setUp = firstAction < 0 ? commands : commands.slice(0, firstAction);
  const settings = resolveSettings(setUp);
  requirePrograms(commands);
  const mouseRefused = mouseProblems(commands, settings);
  if (mouseRefused.length > 0) throw new TapeSyntaxError(mouseRefused);
  const notes = [...settingNotes(setUp), ...lateSettings(commands.slice(setUp.length))];
  const restoreEnv = applyEnv(setUp);
  const folder = dirname(resolve(options.tapeFile));
  checkVideoOutputs(commands);
  const shots: Shot[] = [];
  try {
    const app = typeof options.app === 'function' ? await options.app() : options.app;
    // The app lives on the tape's clock: handlers' sleeps, Timers, `every` and toasts run in tape time.
    const clock = new VirtualClock();
    const restoreRandom = pinRandomAndDate(clock);
    try {
      const session = app.session({clock});
      const player = new TapePlayer(session, {
        clock,
        tapeFile: options.tapeFile,
        settings,
        title: app.title,
        mount: options.mount,
        fast: options.fast ?? false,
        settleTimeoutMs: options.settleTimeoutMs ?? 30_000,
        onScreenshot: (path, terminal) =>
          shots.push({path, text: `${terminal.lines().join('\n')}\n`, lines: terminal.styledLines(), columns: terminal.columns}),
      });
      let failure: TapeFailure | undefined;
      try {
        await player.play(commands);
        player.finish();
      } catch (error) {
        if (!(error instanceof TapeFailure)) throw error;
        failure = error;
      } finally {
        await player.close();
      }
      const {lines, columns} = player.finalScreen;
      const svg = renderSvg(lines, columns, settings.look);
      const result = {ok: !failure, failure, textFrames: player.frames.toString(), cast: player.cast.toString(), svg};
      const recording = {...result, events: player.cast.recorded, lengthMs: player.recordingTime, shots};
      const files = await tapeOutputs(commands, folder, recording, settings);
      if (options.writeFiles !== false) writeFiles(files);
      const total = commands.filter(c => c.type === 'Expect' || c.type === 'Wait').length;
      return {...result, files, notes, lengthMs: player.recordingTime, assertions: {total, ...player.assertions}};
    } finally {
      restoreRandom();
    }
  } finally {
    restoreEnv();
  }
}

function lateSettings(commands: readonly TapeCommand[]): string[] {
  return commands
    .filter(c => c.type === 'Set' && c.setting.name !== 'TypingSpeed')
    .map(c => {
      const setting = (c as Extract<TapeCommand, {type: 'Set'}>).setting.name;
      return `${where(c)}: Set ${setting} comes after the first action and is ignored (as in VHS): move it to the top`;
    });
}

/** Settings VHS has that cannot change anything here: refused out loud, never ignored silently. */
const noEffect: Record<string, string> = {
  CursorBlink: 'has no effect here: recordings draw no terminal cursor (the app draws its own)',
};

function settingNotes(commands: readonly TapeCommand[]): string[] {
  return commands.flatMap(c =>
    c.type === 'Set' && c.setting.name in noEffect ? [`${where(c)}: Set ${c.setting.name} ${noEffect[c.setting.name]}`] : [],
  );
}

function where(command: TapeCommand): string {
  return `${command.at.file}:${command.at.line}:${command.at.column}`;
}

/** A video needs ffmpeg: said before the tape plays, at the Output line, with how to get it. */
function checkVideoOutputs(commands: readonly TapeCommand[]): void {
  const problems = commands.flatMap(c =>
    c.type === 'Output' && /\.(webm|mp4)$/i.test(c.path) && !onPath('ffmpeg')
      ? [
          {
            at: c.at,
            message: `Output ${c.path} needs ffmpeg, which is not on the PATH: install it (apt-get install ffmpeg), or write Output ${c.path.replace(/\.\w+$/, '.gif')} instead`,
          },
        ]
      : [],
  );
  if (problems.length > 0) throw new TapeSyntaxError(problems);
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some(folder => {
    if (folder === '') return false;
    try {
      accessSync(join(folder, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** `Require program`, as VHS: the tape cannot be played when a program it needs is not on the PATH. */
function requirePrograms(commands: readonly TapeCommand[]): void {
  const found = onPath;
  const problems = commands.flatMap(c =>
    c.type === 'Require' && !found(c.program)
      ? [
          {
            at: {...c.at, column: c.at.column + 'Require '.length},
            message: `Require ${c.program}: ${c.program} is not on the PATH: install it, or remove this line`,
          },
        ]
      : [],
  );
  if (problems.length > 0) throw new TapeSyntaxError(problems);
}

/** Sets the tape's `Env` variables for the run; returns how to put the previous values back. */
function applyEnv(commands: readonly TapeCommand[]): () => void {
  const previous = new Map<string, string | undefined>();
  for (const command of commands) {
    if (command.type !== 'Env') continue;
    if (!previous.has(command.name)) previous.set(command.name, process.env[command.name]);
    process.env[command.name] = command.value;
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** Writes each file, creating its folder. */
export function writeFiles(files: ReadonlyMap<string, FileContents>): void {
  for (const [path, contents] of files) {
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, contents);
  }
}
