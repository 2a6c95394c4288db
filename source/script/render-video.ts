import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {rasterize} from './rasterize.js';
import {renderSvg, type SvgLook} from './render-svg.js';
import type {ScreenFrame} from './screen-frames.js';

/** A video format ffmpeg cannot make here, said so with what to do. */
export class VideoUnavailable extends Error {}

/**
 * Encodes frames as WebM (VP9) or MP4 (H.264) with ffmpeg: each frame is drawn
 * in-process to PNG, then ffmpeg's concat demuxer holds each for its duration.
 */
export async function renderVideo(
  frames: readonly ScreenFrame[],
  look: SvgLook,
  systemFonts: boolean,
  format: '.webm' | '.mp4',
  written: string,
): Promise<Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), 'termblocks-video-'));
  try {
    const list: string[] = [];
    for (const [i, frame] of frames.entries()) {
      const raster = await rasterize(renderSvg(frame.lines, frame.columns, look), {systemFonts});
      const file = join(folder, `frame-${String(i).padStart(5, '0')}.png`);
      writeFileSync(file, raster.png());
      list.push(`file '${file}'`, `duration ${(frame.durationMs / 1000).toFixed(3)}`);
    }
    // The concat demuxer takes the last frame's duration only when the frame is listed again.
    if (list.length > 0) list.push(list.at(-2)!);
    writeFileSync(join(folder, 'frames.txt'), `${list.join('\n')}\n`);
    const out = join(folder, `video${format}`);
    const codec =
      format === '.webm'
        ? ['-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '30']
        : ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-movflags', '+faststart'];
    await ffmpeg(
      [
        '-y',
        '-loglevel',
        'error',
        '-f',
        'concat',
        '-safe',
        '0',
        '-i',
        join(folder, 'frames.txt'),
        '-vf',
        'pad=ceil(iw/2)*2:ceil(ih/2)*2',
        '-pix_fmt',
        'yuv420p',
        '-fps_mode',
        'vfr',
        ...codec,
        out,
      ],
      written,
    );
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

function ffmpeg(args: string[], written: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', chunk => {
      stderr += chunk;
    });
    child.on('error', error => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(
        new VideoUnavailable(
          missing
            ? `${written}: a video needs ffmpeg, which is not on the PATH: install it (apt-get install ffmpeg, brew install ffmpeg), or use Output ${written.replace(/\.\w+$/, '.gif')}`
            : `${written}: ffmpeg could not start: ${error.message}`,
        ),
      );
    });
    child.on('close', code => {
      if (code === 0) resolve();
      else reject(new VideoUnavailable(`${written}: ffmpeg failed (exit ${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`));
    });
  });
}
