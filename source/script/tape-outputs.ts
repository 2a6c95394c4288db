import {extname, resolve} from 'node:path';
import type {CastEvent} from './AsciicastRecorder.js';
import {rasterize} from './rasterize.js';
import {renderGif} from './render-gif.js';
import {renderAnimatedSvg, renderSvg, type ScreenLines} from './render-svg.js';
import {renderVideo} from './render-video.js';
import {type ScreenFrame, screenFrames} from './screen-frames.js';
import type {TapeCommand} from './tape-commands.js';
import type {TapeSettings} from './tape-settings.js';

/** A `Screenshot` as it was taken: where it goes, and the screen then. */
export interface Shot {
  path: string;
  text: string;
  lines: ScreenLines;
  columns: number;
}

/** What a played tape recorded, for its Output and Screenshot files. */
export interface Recording {
  textFrames: string;
  cast: string;
  events: readonly CastEvent[];
  lengthMs: number;
  shots: readonly Shot[];
}

export type FileContents = string | Uint8Array;

/**
 * Makes every file the tape names, by extension: `.cast`, `.txt`/`.ascii`, an
 * animated `.svg`, a `.gif`, a folder of PNG frames, `.webm`/`.mp4` (through
 * ffmpeg); Screenshots as `.png`, `.svg` or `.txt`. The parser has refused any
 * other format, so none is skipped here.
 */
export async function tapeOutputs(
  commands: readonly TapeCommand[],
  folder: string,
  recording: Recording,
  settings: TapeSettings,
): Promise<Map<string, FileContents>> {
  const files = new Map<string, FileContents>();
  const systemFonts = settings.fontFamilySet;
  let frames: ScreenFrame[] | undefined;
  const animation = async () => {
    frames ??= await screenFrames(recording.events, settings, recording.lengthMs, settings.animation);
    return frames;
  };
  for (const shot of recording.shots) {
    const path = resolve(folder, shot.path);
    const extension = extname(path).toLowerCase();
    if (extension === '.txt' || extension === '.ascii') files.set(path, shot.text);
    else if (extension === '.svg') files.set(path, renderSvg(shot.lines, shot.columns, settings.look));
    else files.set(path, (await rasterize(renderSvg(shot.lines, shot.columns, settings.look), {systemFonts})).png());
  }
  for (const command of commands) {
    if (command.type !== 'Output') continue;
    const path = resolve(folder, command.path);
    const extension = command.path.endsWith('/') ? '/' : extname(path).toLowerCase();
    if (extension === '.cast') files.set(path, recording.cast);
    else if (extension === '.txt' || extension === '.ascii') files.set(path, recording.textFrames);
    else if (extension === '.svg') {
      const shown = await animation();
      files.set(path, renderAnimatedSvg(shown, settings.columns, settings.rows, settings.look));
    } else if (extension === '.gif') files.set(path, await renderGif(await animation(), settings.look, systemFonts));
    else if (extension === '/') {
      for (const [i, frame] of (await animation()).entries()) {
        const raster = await rasterize(renderSvg(frame.lines, frame.columns, settings.look), {systemFonts});
        files.set(resolve(path, `frame-${String(i + 1).padStart(5, '0')}.png`), raster.png());
      }
    } else if (extension === '.webm' || extension === '.mp4') {
      files.set(path, await renderVideo(await animation(), settings.look, systemFonts, extension, command.path));
    }
  }
  return files;
}
