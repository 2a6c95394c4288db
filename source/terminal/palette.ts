import chalk from 'chalk';
import type {Base} from '../blocks/themes/Base.js';
import {blue, orange, red, yellow, zinc} from '../blocks/themes/colors.js';
import {FOCUS_COLOUR} from './focus-marker.js';

/** Whether the terminal draws dark text on light (`light`) or light text on dark (`dark`, the usual). */
export type ThemeMode = 'dark' | 'light';

/**
 * The colours one session's screen is drawn in: a theme's hues read for a terminal of one mode.
 * Each entry is an Ink colour: a name ('blue', taken from the terminal's own palette) or '#rrggbb'.
 */
export interface Palette {
  readonly theme: string;
  readonly mode: ThemeMode;
  /** NO_COLOR: no colour reaches the screen, so focus and the primary button show by shape and weight. */
  readonly plain: boolean;
  /** The focused box's border, a focused tab bar and accordion title. */
  readonly focus: string;
  /** A focused label and button text, a slider's filled track, the user's chat messages. */
  readonly accent: string;
  /** The border of a box the user can edit, and of a static one (drawn dim as well). */
  readonly border: string;
  readonly staticBorder: string;
  /** Button variants, and a button that cannot be pressed. */
  readonly primary: string;
  readonly secondary: string;
  readonly stop: string;
  readonly disabled: string;
  /** Toasts, by level. */
  readonly info: string;
  readonly warning: string;
  readonly error: string;
  /** The footer's passing hint and a running event's spinner. */
  readonly busy: string;
  /** The assistant's and the system's chat messages. */
  readonly assistant: string;
  readonly system: string;
  /** Markdown: headings, `code`, links. */
  readonly heading: string;
  readonly code: string;
  readonly link: string;
}

type Colours = Omit<Palette, 'theme' | 'mode' | 'plain'>;

/**
 * termblocks' own colours, which the Default theme keeps (every golden recording shows them): named
 * colours, so the terminal's palette decides the exact shade, and the focus marker for the focus.
 */
const TERMINAL_DARK: Colours = {
  focus: FOCUS_COLOUR,
  accent: 'cyan',
  border: 'white',
  staticBorder: 'gray',
  primary: 'blue',
  secondary: 'white',
  stop: 'red',
  disabled: 'gray',
  info: 'blue',
  warning: 'yellow',
  error: 'red',
  busy: 'yellow',
  assistant: 'green',
  system: 'gray',
  heading: 'magenta',
  code: 'yellow',
  link: 'blue',
};

/** The same on a light background: white and the bright cyan would vanish there. */
const TERMINAL_LIGHT: Colours = {
  ...TERMINAL_DARK,
  focus: '#0e7490',
  accent: 'blue',
  border: 'black',
  secondary: 'black',
};

/**
 * A Gradio theme's hues as terminal colours. On a dark background the lighter shades (300–400) read
 * best, on a light one the darker (600–700), as Gradio's own `_dark` values do. The toasts keep
 * Gradio's fixed status colours (red, yellow, and the neutral grey for info), whatever the theme.
 */
function fromHues(theme: Base, mode: ThemeMode): Colours {
  const {primaryHue: p, secondaryHue: s, neutralHue: n} = theme;
  const dark = mode === 'dark';
  return {
    focus: dark ? s.c300 : s.c700,
    accent: dark ? p.c400 : p.c600,
    border: dark ? n.c400 : n.c500,
    staticBorder: dark ? n.c600 : n.c300,
    primary: dark ? p.c500 : p.c600,
    secondary: dark ? n.c300 : n.c700,
    stop: dark ? red.c500 : red.c600,
    disabled: dark ? n.c600 : n.c400,
    info: dark ? n.c400 : n.c600,
    warning: dark ? yellow.c500 : yellow.c700,
    error: dark ? red.c500 : red.c700,
    busy: dark ? yellow.c400 : yellow.c700,
    assistant: dark ? s.c300 : s.c700,
    system: dark ? n.c500 : n.c500,
    heading: dark ? p.c400 : p.c700,
    code: dark ? s.c300 : s.c700,
    link: dark ? s.c400 : s.c600,
  };
}

/** The palette for a session: its app's theme, the terminal's mode, and whether colour is wanted at all. */
export function paletteFor(theme: Base, mode: ThemeMode = 'dark', colours = true): Palette {
  const chosen = keepsTerminalColours(theme) ? (mode === 'dark' ? TERMINAL_DARK : TERMINAL_LIGHT) : fromHues(theme, mode);
  return {theme: theme.name, mode, plain: !colours, ...chosen};
}

/** Default with its own hues keeps termblocks' colours; `Default({primaryHue: 'green'})` is drawn from its hues. */
function keepsTerminalColours(theme: Base): boolean {
  return theme.name === 'default' && theme.primaryHue === orange && theme.secondaryHue === blue && theme.neutralHue === zinc;
}

/** The palette a view draws with: its session's, or Default's when drawn on its own. */
export function paletteOf(ctx: {readonly palette?: Palette}): Palette {
  return ctx.palette ?? defaultPalette;
}

/** The palette of a view drawn without a session's (a component on its own in a test): Default, dark. */
export const defaultPalette: Palette = {theme: 'default', mode: 'dark', plain: false, ...TERMINAL_DARK};

/** Text in one of the palette's colours, for lines drawn without Ink (toasts, the footer). */
export function paint(colour: string, text: string): string {
  if (colour.startsWith('#')) return chalk.hex(colour)(text);
  return (chalk as unknown as Record<string, (text: string) => string>)[colour](text);
}

const MARKER = `\u001b[${focusSgr(FOCUS_COLOUR)}m`;

/**
 * The lines with the focus marker (the colour the screen finds the focused block by) drawn in
 * the palette's focus colour instead. Called once the focused line is found.
 */
export function showFocus(lines: readonly string[], palette: Palette): readonly string[] {
  if (palette.focus === FOCUS_COLOUR || palette.plain) return lines;
  const shown = `\u001b[${focusSgr(palette.focus)}m`;
  return lines.map(line => (line.includes(MARKER) ? line.replaceAll(MARKER, shown) : line));
}

/** The SGR parameters of a '#rrggbb' foreground. */
function focusSgr(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `38;2;${(value >> 16) & 255};${(value >> 8) & 255};${value & 255}`;
}
