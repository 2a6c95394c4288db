import type {StyledRun} from './screen-cells.js';
import {cssColour, type TerminalTheme} from './terminal-theme.js';

export interface SvgLook {
  theme: TerminalTheme;
  fontSize: number;
  fontFamily: string;
  lineHeight: number;
  padding: number;
  borderRadius: number;
}

/** Monospace glyphs are about 0.6em wide; each run is also stretched to its exact cell width, so columns line up in any font. */
const cellWidthEm = 0.6;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, char => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[char]!);
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Draws a screen as a standalone SVG a browser shows as is: the background, each
 * run of styled cells as one `<text>` placed on its cell grid, colours and
 * bold/italic/underline/inverse included. The same screen gives the same bytes.
 */
export function renderSvg(lines: readonly (readonly StyledRun[])[], columns: number, look: SvgLook): string {
  const cellWidth = look.fontSize * cellWidthEm;
  const rowHeight = look.fontSize * look.lineHeight;
  const width = look.padding * 2 + columns * cellWidth;
  const height = look.padding * 2 + lines.length * rowHeight;
  const backgrounds: string[] = [];
  const texts: string[] = [];
  lines.forEach((runs, row) => {
    const top = look.padding + row * rowHeight;
    for (const run of runs) {
      const x = look.padding + run.column * cellWidth;
      const runWidth = run.width * cellWidth;
      let fg = cssColour(run.style.fg, look.theme) ?? look.theme.foreground;
      let bg = cssColour(run.style.bg, look.theme);
      if (run.style.inverse) [fg, bg] = [bg ?? look.theme.background, fg];
      if (bg)
        backgrounds.push(
          `<rect x="${round(x)}" y="${round(top)}" width="${round(runWidth)}" height="${round(rowHeight)}" fill="${bg}"/>`,
        );
      if (run.style.invisible || run.text.trim() === '') continue;
      // Trailing blanks draw nothing: leave them out, and narrow the run to the cells its text covers.
      const text = run.text.trimEnd();
      const textWidth = runWidth - (run.text.length - text.length) * cellWidth;
      const attributes = [
        `x="${round(x)}"`,
        `y="${round(top + rowHeight / 2)}"`,
        `textLength="${round(textWidth)}"`,
        'lengthAdjust="spacingAndGlyphs"',
        fg === look.theme.foreground ? '' : `fill="${fg}"`,
        run.style.bold ? 'font-weight="bold"' : '',
        run.style.italic ? 'font-style="italic"' : '',
        run.style.dim ? 'opacity="0.6"' : '',
        run.style.underline || run.style.strikethrough
          ? `text-decoration="${[run.style.underline && 'underline', run.style.strikethrough && 'line-through'].filter(Boolean).join(' ')}"`
          : '',
      ].filter(Boolean);
      texts.push(`<text ${attributes.join(' ')}>${escapeXml(text)}</text>`);
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">`,
    `<rect width="100%" height="100%" rx="${look.borderRadius}" fill="${look.theme.background}"/>`,
    ...backgrounds,
    `<g font-family="${escapeXml(look.fontFamily)}" font-size="${look.fontSize}" fill="${look.theme.foreground}" dominant-baseline="central" xml:space="preserve">`,
    ...texts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
