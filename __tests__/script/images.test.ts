import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from '@jest/globals';
import omggif from 'omggif';
import {PNG} from 'pngjs';
import * as gr from 'termblocks';
import {parseTape} from '../../source/script/parse-tape.js';
import {renderSvg} from '../../source/script/render-svg.js';
import {runTape} from '../../source/script/run-tape.js';
import {resolveSettings} from '../../source/script/tape-settings.js';
import {VirtualTerminal} from '../../source/script/VirtualTerminal.js';
import {echoMount} from './echo-mount.js';

const app = gr.Blocks({title: 'Echo'}, () => {
  gr.Textbox({label: 'Name'});
});
const folder = mkdtempSync(join(tmpdir(), 'termblocks-images-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

/** Font 20px: a cell is 12 x 20 pixels; 10px of padding. */
const small = 'Set FontSize 20\nSet Padding 10\nSet Columns 20\nSet Rows 3\n';

function run(tape: string, env: NodeJS.ProcessEnv = process.env) {
  const saved = process.env.PATH;
  process.env.PATH = env.PATH;
  return runTape({tape, tapeFile: join(folder, 'demo.tape'), app, mount: echoMount, fast: true, writeFiles: false}).finally(
    () => {
      process.env.PATH = saved;
    },
  );
}

interface Picture {
  width: number;
  height: number;
  pixel: (x: number, y: number) => [number, number, number];
}

function png(bytes: Uint8Array): Picture {
  const image = PNG.sync.read(Buffer.from(bytes));
  return {
    width: image.width,
    height: image.height,
    pixel: (x, y) => {
      const i = (y * image.width + x) * 4;
      return [image.data[i], image.data[i + 1], image.data[i + 2]];
    },
  };
}

function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map(v => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Whether any pixel of the cell at (column, row) differs from the background. */
function inked(picture: Picture, column: number, row: number, background: string, origin = {x: 10, y: 10}): boolean {
  for (let y = origin.y + row * 20; y < origin.y + (row + 1) * 20; y++)
    for (let x = origin.x + column * 12 + 1; x < origin.x + (column + 1) * 12 - 1; x++)
      if (hex(picture.pixel(x, y)) !== background) return true;
  return false;
}

describe('Screenshot x.png', () => {
  test('is a PNG of the screen in the tape font size and padding, with text where the text is', async () => {
    const result = await run(`${small}Type "hi"\nScreenshot shot.png`);
    const picture = png(result.files.get(join(folder, 'shot.png')) as Uint8Array);
    expect([picture.width, picture.height]).toEqual([20 + 20 * 12, 20 + 3 * 20]);
    expect(hex(picture.pixel(0, 0))).toBe('#171717');
    // "Echo> hi": cells 0..3 and 6..7 have ink, 4 is '>' and 5 a space.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(c => inked(picture, c, 0, '#171717'))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  test('honours Theme, Margin, MarginFill, BorderRadius, WindowBar, LineHeight and LetterSpacing', async () => {
    const tape =
      'Set FontSize 20\nSet Padding 10\nSet Columns 20\nSet Rows 3\nSet Theme "Catppuccin Mocha"\nSet Margin 20\nSet MarginFill "#6b50ff"\nSet BorderRadius 12\nSet WindowBar Colorful\nSet WindowBarSize 30\nSet LineHeight 1.5\nSet LetterSpacing 2\nType "hi"\nScreenshot shot.png';
    const picture = png((await run(tape)).files.get(join(folder, 'shot.png')) as Uint8Array);
    expect([picture.width, picture.height]).toEqual([2 * 20 + 2 * 10 + 20 * 14, 2 * 20 + 30 + 2 * 10 + 3 * 30]);
    expect(hex(picture.pixel(0, 0))).toBe('#6b50ff');
    // The window's corner is rounded: its very corner shows the margin, a little further in the theme.
    expect(hex(picture.pixel(20, 20))).toBe('#6b50ff');
    expect(hex(picture.pixel(40, 40 + 30))).toBe('#1e1e2e');
    // The bar's first dot is red, at the left.
    expect(hex(picture.pixel(20 + 15, 20 + 15))).toBe('#ff4f58');
  });

  test('the same tape gives the same bytes', async () => {
    const tape = `${small}Type "hi"\nScreenshot shot.png`;
    const [a, b] = [await run(tape), await run(tape)];
    expect(
      Buffer.compare(a.files.get(join(folder, 'shot.png')) as Uint8Array, b.files.get(join(folder, 'shot.png')) as Uint8Array),
    ).toBe(0);
  });
});

function gif(bytes: Uint8Array) {
  const reader = new omggif.GifReader(Buffer.from(bytes));
  const frames = Array.from({length: reader.numFrames()}, (_, i) => {
    const pixels = new Uint8Array(reader.width * reader.height * 4);
    reader.decodeAndBlitFrameRGBA(i, pixels);
    return {delay: reader.frameInfo(i).delay * 10, pixels};
  });
  return {width: reader.width, height: reader.height, loops: reader.loopCount(), frames};
}

describe('Output x.gif', () => {
  test('is an animated GIF: one frame per change, held for its tape time, looping', async () => {
    const result = await run(`${small}Output demo.gif\nSet TypingSpeed 100ms\nType "ab"\nSleep 1s`);
    const decoded = gif(result.files.get(join(folder, 'demo.gif')) as Uint8Array);
    expect([decoded.width, decoded.height]).toEqual([260, 80]);
    expect(decoded.loops).toBe(0);
    expect(decoded.frames.map(f => f.delay)).toEqual([100, 1100]);
    const picture = (i: number): Picture => ({
      width: 260,
      height: 80,
      pixel: (x, y) => {
        const p = decoded.frames[i].pixels;
        const o = (y * 260 + x) * 4;
        return [p[o], p[o + 1], p[o + 2]];
      },
    });
    expect(inked(picture(0), 6, 0, '#171717')).toBe(true);
    expect(inked(picture(0), 7, 0, '#171717')).toBe(false);
    expect(inked(picture(1), 7, 0, '#171717')).toBe(true);
  });

  test('Framerate, PlaybackSpeed and LoopOffset shape the animation', async () => {
    const frames = async (settings: string) =>
      gif(
        (await run(`${small}${settings}\nOutput demo.gif\nSet TypingSpeed 100ms\nType "abc"\nSleep 1s`)).files.get(
          join(folder, 'demo.gif'),
        ) as Uint8Array,
      ).frames.map(f => f.delay);
    expect(await frames('')).toEqual([100, 100, 1100]);
    // At 5 frames a second, the changes 100 ms apart share frames.
    expect(await frames('Set Framerate 5')).toEqual([200, 1100]);
    expect(await frames('Set PlaybackSpeed 2')).toEqual([50, 50, 550]);
    // 10 frames at 50 a second is 200 ms in: the loop starts with "abc".
    expect(await frames('Set LoopOffset 10')).toEqual([1100, 100, 100]);
    expect(await frames('Set LoopOffset 50%')).toEqual([1100, 100, 100]);
  });

  test('the same tape gives the same bytes', async () => {
    const tape = `${small}Output demo.gif\nType "hello"\nEnter\nSleep 500ms`;
    const [a, b] = [await run(tape), await run(tape)];
    expect(
      Buffer.compare(a.files.get(join(folder, 'demo.gif')) as Uint8Array, b.files.get(join(folder, 'demo.gif')) as Uint8Array),
    ).toBe(0);
  });

  test('Output frames/ writes each frame as a PNG', async () => {
    const result = await run(`${small}Output frames/\nType "ab"`);
    const names = [...result.files.keys()].filter(path => path.startsWith(join(folder, 'frames')));
    expect(names.map(path => path.slice(folder.length + 1))).toEqual(['frames/frame-00001.png', 'frames/frame-00002.png']);
  });
});

describe('Output x.webm and x.mp4', () => {
  test('without ffmpeg on the PATH, the tape is refused at its Output line with how to get it', async () => {
    await expect(run(`${small}Output demo.mp4\nEnter`, {PATH: '/nonexistent'})).rejects.toThrow(
      `${join(folder, 'demo.tape')}:5:1: Output demo.mp4 needs ffmpeg, which is not on the PATH: install it (apt-get install ffmpeg), or write Output demo.gif instead`,
    );
  });

  const hasFfmpeg = spawnSync('ffmpeg', ['-version']).status === 0;
  (hasFfmpeg ? test : test.skip)('with ffmpeg, a WebM and an MP4 are written', async () => {
    const result = await run(`${small}Output demo.webm\nOutput demo.mp4\nType "ab"\nSleep 500ms`);
    const webm = Buffer.from(result.files.get(join(folder, 'demo.webm')) as Uint8Array);
    const mp4 = Buffer.from(result.files.get(join(folder, 'demo.mp4')) as Uint8Array);
    expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    expect(mp4.subarray(4, 8).toString()).toBe('ftyp');
  });
  if (!hasFfmpeg) console.warn('ffmpeg is not installed: the WebM/MP4 test is skipped (apt-get install ffmpeg)');
});

describe('the SVG renders the same in rsvg and Chromium', () => {
  const background = '#171717';
  async function svgOf(data: string): Promise<string> {
    const terminal = new VirtualTerminal(20, 3);
    terminal.write(data);
    await terminal.flush();
    const {look} = resolveSettings(parseTape('Set FontSize 20\nSet Padding 10\nSet FontFamily "DejaVu Sans Mono"'));
    return renderSvg(terminal.styledLines(), 20, look);
  }

  /** Renders with rsvg-convert, or Chromium headless, to a PNG. */
  function rsvg(svg: string): Picture {
    const file = join(folder, 'screen.svg');
    writeFileSync(file, svg);
    return png(execFileSync('rsvg-convert', [file]));
  }

  function chromium(svg: string, size: {width: number; height: number}): Picture {
    const file = join(folder, 'screen.svg');
    const out = join(folder, 'chromium.png');
    writeFileSync(file, svg);
    rmSync(out, {force: true});
    const profile = mkdtempSync(join(tmpdir(), 'termblocks-chromium-'));
    try {
      spawnSync(
        'chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
          '--disable-component-update',
          '--disable-sync',
          '--hide-scrollbars',
          '--force-device-scale-factor=1',
          `--user-data-dir=${profile}`,
          `--window-size=${size.width},${size.height}`,
          `--screenshot=${out}`,
          `file://${file}`,
        ],
        {timeout: 60_000},
      );
    } finally {
      rmSync(profile, {recursive: true, force: true});
    }
    return png(readFileSync(out));
  }

  const renderers: [string, boolean, (svg: string) => Picture][] = [
    ['rsvg', spawnSync('rsvg-convert', ['--version']).status === 0, rsvg],
    ['Chromium', spawnSync('chromium', ['--version']).status === 0, svg => chromium(svg, {width: 260, height: 80})],
  ];
  for (const [name, available] of renderers) if (!available) console.warn(`${name} is not installed: its SVG test is skipped`);

  describe.each(renderers.filter(([, available]) => available))('%s', (_name, _available, render) => {
    test('keeps the spaces between words: each cell is inked exactly where a letter is', async () => {
      const picture = render(await svgOf('1 of 2  done'));
      const expected = [...'1 of 2  done '].map(char => char !== ' ');
      expect(expected.map((_, column) => inked(picture, column, 0, background))).toEqual(expected);
    });

    test('draws highlighted text inside its highlight, centred on the row', async () => {
      const picture = render(await svgOf('\r\n\x1b[46;30m Hi \x1b[0m'));
      const highlight = '#04d7d7';
      // The highlight fills row 1 (y 30..50) over cells 0..3.
      expect(hex(picture.pixel(10 + 2, 30 + 1))).toBe(highlight);
      expect(hex(picture.pixel(10 + 2, 50 - 2))).toBe(highlight);
      expect(hex(picture.pixel(10 + 2, 30 - 2))).toBe(background);
      // The letters' ink lies within the row, and its middle near the row's middle.
      const inkRows: number[] = [];
      for (let y = 20; y < 60; y++)
        for (let x = 10 + 12; x < 10 + 36; x++) {
          const colour = hex(picture.pixel(x, y));
          if (colour !== highlight && colour !== background) inkRows.push(y);
        }
      expect(inkRows.length).toBeGreaterThan(10);
      expect(Math.min(...inkRows)).toBeGreaterThanOrEqual(30);
      expect(Math.max(...inkRows)).toBeLessThan(50);
      expect(Math.abs((Math.min(...inkRows) + Math.max(...inkRows)) / 2 - 40)).toBeLessThanOrEqual(4);
    });

    test('box edges join with no notch: a vertical line is unbroken across rows', async () => {
      const picture = render(await svgOf('╭─╮\r\n│ │\r\n╰─╯'));
      // Down the left edge through both joins (rows meet at y 30 and 50), and along the top edge.
      const down = Array.from({length: 24}, (_, i) => hex(picture.pixel(10 + 6, 28 + i)) !== background);
      const along = Array.from({length: 16}, (_, i) => hex(picture.pixel(20 + i, 20)) !== background);
      expect(down.every(Boolean)).toBe(true);
      expect(along.every(Boolean)).toBe(true);
    });
  });
});
