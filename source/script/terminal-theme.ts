import type {CellColour} from './screen-cells.js';

/** Colours for drawing a screen: background, foreground and the 16 ANSI colours (black..white, then the bright ones). */
export interface TerminalTheme {
  background: string;
  foreground: string;
  ansi: readonly string[];
}

/** VHS's default look: a near-black background with its bright palette. */
export const defaultTheme: TerminalTheme = {
  background: '#171717',
  foreground: '#dddddd',
  ansi: [
    '#282a2e',
    '#d74e6f',
    '#31bb71',
    '#d3e561',
    '#8056ff',
    '#ed61d7',
    '#04d7d7',
    '#bfbfbf',
    '#4d4d4d',
    '#fe5f86',
    '#00d787',
    '#ebff71',
    '#9b79ff',
    '#ff7aea',
    '#00fefe',
    '#e6e6e6',
  ],
};

const ansiNames = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

/**
 * Reads `Set Theme`: a JSON object with VHS's keys (`background`, `foreground`,
 * `black`..`white`, `brightBlack`..`brightWhite`, `purple` for magenta). A theme
 * given by name only concerns looks: names other than the default are accepted and
 * drawn with the default colours, never an error.
 */
export function themeFromSetting(value: string | undefined): TerminalTheme {
  if (!value?.trim().startsWith('{')) return defaultTheme;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(value) as Record<string, unknown>;
  } catch {
    return defaultTheme;
  }
  const colour = (key: string, fallback: string) => (typeof json[key] === 'string' ? (json[key] as string) : fallback);
  const bright = (name: string) => `bright${name[0].toUpperCase()}${name.slice(1)}`;
  const pick = (name: string, index: number) =>
    colour(name, name === 'magenta' ? colour('purple', defaultTheme.ansi[index]) : defaultTheme.ansi[index]);
  return {
    background: colour('background', defaultTheme.background),
    foreground: colour('foreground', defaultTheme.foreground),
    ansi: [
      ...ansiNames.map((name, i) => pick(name, i)),
      ...ansiNames.map((name, i) =>
        colour(bright(name), name === 'magenta' ? colour('brightPurple', defaultTheme.ansi[i + 8]) : defaultTheme.ansi[i + 8]),
      ),
    ],
  };
}

/** The CSS colour of a cell colour; `undefined` for the default (the caller knows whether it is fore- or background). */
export function cssColour(colour: CellColour, theme: TerminalTheme): string | undefined {
  if (colour.kind === 'default') return undefined;
  if (colour.kind === 'rgb') return hex(colour.value);
  const index = colour.index;
  if (index < 16) return theme.ansi[index];
  if (index < 232) {
    // The 6x6x6 colour cube of xterm's 256-colour palette.
    const levels = [0, 95, 135, 175, 215, 255];
    const n = index - 16;
    return hex((levels[Math.floor(n / 36)] << 16) | (levels[Math.floor(n / 6) % 6] << 8) | levels[n % 6]);
  }
  const grey = 8 + (index - 232) * 10;
  return hex((grey << 16) | (grey << 8) | grey);
}

function hex(value: number): string {
  return `#${value.toString(16).padStart(6, '0')}`;
}
