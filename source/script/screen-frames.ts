import type {CastEvent} from './AsciicastRecorder.js';
import type {ScreenLines} from './render-svg.js';
import type {TapeSettings} from './tape-settings.js';
import {VirtualTerminal} from './VirtualTerminal.js';

/** One picture of a recording: the screen, its size, and how long it shows (ms, at the playback speed). */
export interface ScreenFrame {
  lines: ScreenLines;
  columns: number;
  rows: number;
  durationMs: number;
}

/**
 * The frames an animation shows, made by playing the recording's events again on
 * a fresh terminal: at most one frame per `1/Framerate` s (the screen at the end of
 * that slot), the last held until the tape's end, all times divided by
 * `PlaybackSpeed`, and the loop started at `LoopOffset` (frames at the frame rate,
 * or a % of the length), as VHS makes its GIFs.
 */
export async function screenFrames(
  events: readonly CastEvent[],
  size: {columns: number; rows: number},
  lengthMs: number,
  animation: TapeSettings['animation'],
): Promise<ScreenFrame[]> {
  const slotMs = 1000 / animation.framerate;
  const terminal = new VirtualTerminal(size.columns, size.rows);
  const shots: {timeMs: number; lines: ScreenLines; columns: number; rows: number}[] = [];
  const snapshot = async (slot: number) => {
    await terminal.flush();
    const shot = {timeMs: slot * slotMs, lines: terminal.styledLines(), columns: terminal.columns, rows: terminal.rows};
    if (shots.at(-1)?.timeMs === shot.timeMs) shots[shots.length - 1] = shot;
    else shots.push(shot);
  };
  try {
    await snapshot(0);
    for (const [seconds, kind, data] of events) {
      // The empty event that marks the tape's end changes nothing: the last frame is held to it.
      if (kind === 'o' && data === '') continue;
      if (kind === 'o') terminal.write(data);
      else {
        const [columns, rows] = data.split('x').map(Number);
        terminal.resize(columns, rows);
      }
      await snapshot(Math.round((seconds * 1000) / slotMs));
    }
  } finally {
    terminal.dispose();
  }
  const endMs = Math.max(lengthMs, (shots.at(-1)?.timeMs ?? 0) + slotMs);
  const frames = shots.map((shot, i) => ({
    lines: shot.lines,
    columns: shot.columns,
    rows: shot.rows,
    durationMs: ((shots[i + 1]?.timeMs ?? endMs) - shot.timeMs) / animation.playbackSpeed,
  }));
  return loopFrom(
    frames.filter(frame => frame.durationMs > 0),
    offsetMs(animation, slotMs, lengthMs),
  );
}

function offsetMs(animation: TapeSettings['animation'], slotMs: number, lengthMs: number): number {
  const {value, percent} = animation.loopOffset;
  return (percent ? (value / 100) * lengthMs : value * slotMs) / animation.playbackSpeed;
}

/** The frames rotated so the loop starts with the one showing at `offset` ms. */
function loopFrom(frames: ScreenFrame[], offset: number): ScreenFrame[] {
  let elapsed = 0;
  const start = frames.findIndex(frame => {
    elapsed += frame.durationMs;
    return elapsed > offset;
  });
  return start <= 0 ? frames : [...frames.slice(start), ...frames.slice(0, start)];
}
