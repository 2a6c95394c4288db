/** A colour as the terminal holds it: the default, one of the 256 palette entries, or true colour (0xRRGGBB). */
export type CellColour = {kind: 'default'} | {kind: 'palette'; index: number} | {kind: 'rgb'; value: number};

export interface CellStyle {
  fg: CellColour;
  bg: CellColour;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  inverse: boolean;
  invisible: boolean;
}

/** Consecutive cells of one line with the same style; `column` is where the run starts, `width` how many cells it covers. */
export interface StyledRun {
  text: string;
  column: number;
  width: number;
  style: CellStyle;
}

export function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return (
    sameColour(a.fg, b.fg) &&
    sameColour(a.bg, b.bg) &&
    a.bold === b.bold &&
    a.dim === b.dim &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.inverse === b.inverse &&
    a.invisible === b.invisible
  );
}

function sameColour(a: CellColour, b: CellColour): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'palette') return a.index === (b as typeof a).index;
  if (a.kind === 'rgb') return a.value === (b as typeof a).value;
  return true;
}
