import type {CellColour, CellStyle, StyledRun} from './screen-cells.js';

function colourParameters(colour: CellColour, base: number): string[] {
  if (colour.kind === 'default') return [];
  if (colour.kind === 'rgb')
    return [`${base + 8}`, '2', `${(colour.value >> 16) & 255}`, `${(colour.value >> 8) & 255}`, `${colour.value & 255}`];
  if (colour.index < 8) return [`${base + colour.index}`];
  if (colour.index < 16) return [`${base + 60 + colour.index - 8}`];
  return [`${base + 8}`, '5', `${colour.index}`];
}

function sgr(style: CellStyle): string {
  const parameters = [
    '0',
    style.bold ? '1' : '',
    style.dim ? '2' : '',
    style.italic ? '3' : '',
    style.underline ? '4' : '',
    style.inverse ? '7' : '',
    style.invisible ? '8' : '',
    style.strikethrough ? '9' : '',
    ...colourParameters(style.fg, 30),
    ...colourParameters(style.bg, 40),
  ].filter(Boolean);
  return `\x1b[${parameters.join(';')}m`;
}

/**
 * Bytes that draw this screen from scratch: clear, then each row at its place
 * with its colours. Used where the app's own bytes were not recorded (after
 * `Hide`/`Show`), so a recording still shows exactly what was on screen, with
 * the cursor where it was.
 */
export function screenToAnsi(lines: readonly (readonly StyledRun[])[], cursor: {column: number; row: number}): string {
  let out = '\x1b[0m\x1b[H\x1b[2J';
  lines.forEach((runs, row) => {
    for (const run of runs) {
      out += `\x1b[${row + 1};${run.column + 1}H${sgr(run.style)}${run.text}`;
    }
  });
  return `${out}\x1b[0m\x1b[${cursor.row + 1};${cursor.column + 1}H`;
}
