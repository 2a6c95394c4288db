import {boxPath, isBoxDrawing} from './box-drawing.js';
import type {StyledRun} from './screen-cells.js';
import {cssColour, type TerminalTheme} from './terminal-theme.js';

/** How a screen is drawn as a picture: VHS's settings that concern looks. */
export interface SvgLook {
  theme: TerminalTheme;
  fontSize: number;
  fontFamily: string;
  lineHeight: number;
  /** Extra pixels between letters (VHS's LetterSpacing), added to each cell's width. */
  letterSpacing: number;
  padding: number;
  /** Room around the window, filled with `marginFill` (the theme's background when unset). */
  margin: number;
  marginFill?: string;
  borderRadius: number;
  /** VHS's window bar: `Colorful`, `ColorfulRight`, `Rings`, `RingsRight`, or none. */
  windowBar?: string;
  windowBarSize: number;
  /** The picture's size in pixels when the tape set `Width`/`Height`; otherwise it fits the cells. */
  width?: number;
  height?: number;
}

export type ScreenLines = readonly (readonly StyledRun[])[];

/** Monospace glyphs are about 0.6em wide (DejaVu Sans Mono and JetBrains Mono both). */
const cellWidthEm = 0.6;
/**
 * Where the baseline sits below the middle of a row, in em: the middle of DejaVu Sans
 * Mono's em box (what `dominant-baseline: central` would pick), written out because
 * rsvg ignores dominant-baseline and would put the text half a row off its highlight.
 */
const baselineBelowMiddleEm = 0.3;

/** Where everything goes in the picture. */
export interface Geometry {
  width: number;
  height: number;
  cellWidth: number;
  rowHeight: number;
  /** The top left of the first cell. */
  originX: number;
  originY: number;
  /** The window (background and bar) inside the margin. */
  window: {x: number; y: number; width: number; height: number};
  bar: number;
}

export function geometry(columns: number, rows: number, look: SvgLook): Geometry {
  const cellWidth = look.fontSize * cellWidthEm + look.letterSpacing;
  const rowHeight = look.fontSize * look.lineHeight;
  const bar = look.windowBar ? look.windowBarSize : 0;
  const width = Math.ceil(look.width ?? 2 * (look.margin + look.padding) + columns * cellWidth);
  const height = Math.ceil(look.height ?? 2 * (look.margin + look.padding) + bar + rows * rowHeight);
  const window = {x: look.margin, y: look.margin, width: width - 2 * look.margin, height: height - 2 * look.margin};
  return {
    width,
    height,
    cellWidth,
    rowHeight,
    originX: look.margin + look.padding,
    originY: look.margin + bar + look.padding,
    window,
    bar,
  };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, char => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[char]!);
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The margin, the window with its rounded corners and its bar: what stays the same in every frame. */
function chrome(geo: Geometry, look: SvgLook): string[] {
  const {window: w} = geo;
  const parts = [`<rect width="${geo.width}" height="${geo.height}" fill="${look.marginFill ?? look.theme.background}"/>`];
  parts.push(
    `<rect x="${w.x}" y="${w.y}" width="${w.width}" height="${w.height}" rx="${look.borderRadius}" fill="${look.theme.background}"/>`,
  );
  if (look.windowBar) parts.push(...windowBar(geo, look));
  return parts;
}

/** VHS's bar: three dots (red, yellow, green when Colorful; rings otherwise), on the left or the right. */
function windowBar(geo: Geometry, look: SvgLook): string[] {
  const size = look.windowBarSize;
  const radius = size / 6;
  const gap = radius * 2 + size / 6;
  const right = look.windowBar?.endsWith('Right');
  const rings = look.windowBar?.startsWith('Rings');
  const colours = ['#ff4f58', '#ffc02e', '#29c941'];
  const cy = geo.window.y + size / 2;
  return colours.map((colour, i) => {
    const offset = size / 2 + i * gap;
    const cx = right ? geo.window.x + geo.window.width - offset : geo.window.x + offset;
    const paint = rings ? `fill="none" stroke="${look.theme.ansi[8]}" stroke-width="${round(radius / 3)}"` : `fill="${colour}"`;
    return `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(rings ? radius - radius / 6 : radius)}" ${paint}/>`;
  });
}

/** The cells of one screen: backgrounds, box lines, then text, each placed on its cell grid. */
export function screenBody(lines: ScreenLines, look: SvgLook, geo: Geometry): string[] {
  const backgrounds: string[] = [];
  const boxes: string[] = [];
  const texts: string[] = [];
  const stroke = Math.max(1, look.fontSize / 12);
  lines.forEach((runs, row) => {
    const top = geo.originY + row * geo.rowHeight;
    const baseline = top + geo.rowHeight / 2 + look.fontSize * baselineBelowMiddleEm;
    for (const run of runs) {
      const x = geo.originX + run.column * geo.cellWidth;
      let fg = cssColour(run.style.fg, look.theme) ?? look.theme.foreground;
      let bg = cssColour(run.style.bg, look.theme);
      if (run.style.inverse) [fg, bg] = [bg ?? look.theme.background, fg];
      if (bg)
        backgrounds.push(
          `<rect x="${round(x)}" y="${round(top)}" width="${round(run.width * geo.cellWidth)}" height="${round(geo.rowHeight)}" fill="${bg}"/>`,
        );
      if (run.style.invisible) continue;
      const paint = `${fg === look.theme.foreground ? '' : ` fill="${fg}"`}${run.style.dim ? ' opacity="0.6"' : ''}`;
      const attributes = [
        paint.trim(),
        run.style.bold ? 'font-weight="bold"' : '',
        run.style.italic ? 'font-style="italic"' : '',
        run.style.underline || run.style.strikethrough
          ? `text-decoration="${[run.style.underline && 'underline', run.style.strikethrough && 'line-through'].filter(Boolean).join(' ')}"`
          : '',
      ].filter(Boolean);
      const wide = run.width !== [...run.text].length;
      const paths: [string, boolean][] = [];
      for (const word of words(run, wide)) {
        const wordX = geo.originX + word.column * geo.cellWidth;
        if (word.box) {
          for (const [i, char] of [...word.text].entries())
            paths.push(boxPath(char, wordX + i * geo.cellWidth, top, geo.cellWidth, geo.rowHeight));
          continue;
        }
        // Each word on its own, at its own cell: no renderer can collapse the spaces between them.
        const length =
          word.width > 1
            ? ` textLength="${round(word.width * geo.cellWidth - look.letterSpacing)}" lengthAdjust="spacingAndGlyphs"`
            : '';
        texts.push(
          `<text x="${round(wordX)}" y="${round(baseline)}"${length}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${escapeXml(word.text)}</text>`,
        );
      }
      for (const heavy of [false, true]) {
        const d = paths.filter(([, h]) => h === heavy).map(([path]) => path);
        if (d.length)
          boxes.push(
            `<path d="${d.join('')}" fill="none" stroke="${fg}" stroke-width="${round(heavy ? stroke * 2 : stroke)}"${run.style.dim ? ' opacity="0.6"' : ''}/>`,
          );
      }
    }
  });
  const font = `font-family="${escapeXml(look.fontFamily)}" font-size="${look.fontSize}" fill="${look.theme.foreground}"`;
  const spacing = look.letterSpacing ? ` letter-spacing="${look.letterSpacing}"` : '';
  return [...backgrounds, ...boxes, `<g ${font}${spacing}>`, ...texts, '</g>'];
}

interface Word {
  text: string;
  column: number;
  width: number;
  box: boolean;
}

/** A run split at its spaces, and box-drawing characters apart from letters; a run with wide characters stays whole. */
function words(run: StyledRun, wide: boolean): Word[] {
  if (wide) return run.text.trim() === '' ? [] : [{text: run.text.trimEnd(), column: run.column, width: run.width, box: false}];
  const result: Word[] = [];
  [...run.text].forEach((char, i) => {
    const kind = char === ' ' ? 'space' : isBoxDrawing(char) ? 'box' : 'text';
    const last = result.at(-1);
    if (kind === 'space') return;
    if (last && last.column + last.width === run.column + i && last.box === (kind === 'box')) {
      last.text += char;
      last.width++;
    } else result.push({text: char, column: run.column + i, width: 1, box: kind === 'box'});
  });
  return result;
}

function svgOpen(geo: Geometry): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${geo.width}" height="${geo.height}" viewBox="0 0 ${geo.width} ${geo.height}">`;
}

/**
 * Draws a screen as a standalone SVG that browsers and rsvg show alike: the window
 * and its margin, then each word of styled cells as one `<text>` at its cell,
 * highlights as rectangles of whole rows, box-drawing characters as lines. The
 * same screen gives the same bytes.
 */
export function renderSvg(lines: ScreenLines, columns: number, look: SvgLook): string {
  const geo = geometry(columns, lines.length, look);
  return [svgOpen(geo), ...chrome(geo, look), ...screenBody(lines, look, geo), '</svg>', ''].join('\n');
}

/** One screen of an animation and how long it shows, in ms. */
export interface TimedScreen {
  lines: ScreenLines;
  durationMs: number;
}

/**
 * Draws the screens of a recording as one animated SVG, as asciinema's svg-term
 * does: every screen side by side in a strip, and a CSS animation that moves the
 * strip one screen along at each screen's time, so a README on a code host plays
 * it. A renderer without CSS animation (rsvg) shows the first screen.
 */
export function renderAnimatedSvg(screens: readonly TimedScreen[], columns: number, rows: number, look: SvgLook): string {
  const geo = geometry(columns, rows, look);
  const total = screens.reduce((sum, s) => sum + s.durationMs, 0);
  const cells = {x: geo.originX, y: geo.originY, width: columns * geo.cellWidth, height: rows * geo.rowHeight};
  const step = Math.ceil(cells.width + geo.cellWidth);
  const keyframes: string[] = [];
  let elapsed = 0;
  screens.forEach((_, i) => {
    keyframes.push(`${round((elapsed / total) * 100)}%{transform:translateX(${-i * step}px)}`);
    elapsed += screens[i].durationMs;
  });
  const style = `@keyframes play{${keyframes.join('')}}.strip{animation:play ${round(total / 1000)}s steps(1,end) infinite}`;
  const strip = screens.flatMap((screen, i) => [
    `<g transform="translate(${i * step} 0)">`,
    ...screenBody(screen.lines, look, {...geo, originX: cells.x}),
    '</g>',
  ]);
  return [
    svgOpen(geo),
    `<style>${style}</style>`,
    ...chrome(geo, look),
    `<clipPath id="screen"><rect x="${round(cells.x)}" y="${round(cells.y)}" width="${round(cells.width)}" height="${round(cells.height)}"/></clipPath>`,
    '<g clip-path="url(#screen)">',
    '<g class="strip">',
    ...strip,
    '</g>',
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
