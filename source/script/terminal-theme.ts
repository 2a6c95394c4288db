import {closestName} from './closest-name.js';
import {namedThemes} from './named-themes.js';
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
const hexColour = /^#[0-9a-fA-F]{6}$/;

/** The theme with this name, matched as VHS writes it or ignoring case, spaces and dashes. */
function namedTheme(name: string): TerminalTheme | undefined {
  const key = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  const found =
    Object.keys(namedThemes).find(known => known === name) ?? Object.keys(namedThemes).find(k => key(k) === key(name));
  if (!found) return undefined;
  const [background, foreground, ...ansi] = namedThemes[found];
  return {background, foreground, ansi};
}

/** Why `Set Theme` cannot use this value (an unknown name, bad JSON, a key that is not a colour); undefined when it can. */
export function themeProblem(value: string): string | undefined {
  if (!value.trim().startsWith('{')) {
    if (namedTheme(value)) return undefined;
    const suggestion = closestName(value, Object.keys(namedThemes));
    return `unknown theme "${value}": ${suggestion ? `did you mean "${suggestion}"? ` : ''}themes here are ${Object.keys(namedThemes).join(', ')}; or give its colours as JSON: Set Theme { "background": "#1e1e2e", ... }`;
  }
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch (error) {
    return `Set Theme's JSON does not parse: ${(error as Error).message}`;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'Set Theme takes a name or a JSON object';
  for (const [key, colour] of Object.entries(json)) {
    if (!colourKeys.has(key)) continue;
    if (typeof colour !== 'string' || !hexColour.test(colour))
      return `Set Theme's "${key}" must be a colour such as "#1e1e2e", not ${JSON.stringify(colour)}`;
  }
  return undefined;
}

const colourKeys = new Set([
  'background',
  'foreground',
  'purple',
  'brightPurple',
  ...ansiNames,
  ...ansiNames.map(name => `bright${name[0].toUpperCase()}${name.slice(1)}`),
]);

/**
 * Reads `Set Theme` (already checked by themeProblem): one of the named themes, or
 * a JSON object with VHS's keys (`background`, `foreground`, `black`..`white`,
 * `brightBlack`..`brightWhite`, `purple` for magenta); keys left out keep VHS's
 * default colours.
 */
export function themeFromSetting(value: string | undefined): TerminalTheme {
  if (value === undefined) return defaultTheme;
  if (!value.trim().startsWith('{')) return namedTheme(value) ?? defaultTheme;
  const json = JSON.parse(value) as Record<string, unknown>;
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
