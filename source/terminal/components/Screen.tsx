import chalk from 'chalk';
import cliTruncate from 'cli-truncate';
import {Box} from 'ink';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type {Notice} from '../../session/notices.js';
import {FOOTER_SEPARATOR, fitFooter, footerWidth} from '../footer-keys.js';
import {defaultPalette, type Palette, paint} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Children} from './BlockView.js';

/** Each level's icon, which tells the levels apart without colour too. */
const NOTICE_ICONS: Record<Notice['level'], string> = {error: '✖', warning: '⚠', info: 'ℹ'};

/** The app's layout tree, as tall as it needs; the screen shows the part around the focused block. */
export function Body({ctx}: {ctx: RenderContext}) {
  return (
    <Box flexDirection="column" width={ctx.columns}>
      <Children blocks={ctx.session.children(ctx.session.app)} ctx={ctx} direction="column" />
    </Box>
  );
}

/** The title line. */
export function titleLine(title: string): string {
  return chalk.bold(sanitizeLine(title));
}

/** The most lines one toast takes: a long message wraps, and past this it ends in an ellipsis. */
export const TOAST_LINES = 3;

/** Each toast wrapped to the screen's width (icon, title and message in the notice's colour), at most TOAST_LINES. */
export function toastLines(toasts: readonly Notice[], columns: number, palette: Palette = defaultPalette): string[] {
  const width = Math.max(1, columns);
  return toasts.flatMap(n => {
    const icon = NOTICE_ICONS[n.level];
    // Only what can show is wrapped: a message of thousands of characters costs no more than three lines.
    const text = `${icon} ${sanitizeLine(n.title)}: ${sanitizeLine(n.message)}`.slice(0, TOAST_LINES * width * 2);
    const lines = wrapAnsi(text, width, {hard: true, trim: true}).split('\n');
    if (lines.length > TOAST_LINES) {
      lines.length = TOAST_LINES;
      lines[TOAST_LINES - 1] = cliTruncate(`${lines[TOAST_LINES - 1]}…`, width);
    }
    return lines.map(line => paint(palette[n.level], line));
  });
}

/** The footer: the keys that apply to the focused block, as many whole hints as fit the screen's width; a passing hint first. */
export function footerLine(keys: readonly string[], columns: number, hint?: string, palette: Palette = defaultPalette): string {
  if (!hint) return chalk.dim(fitFooter(keys, columns).join(FOOTER_SEPARATOR));
  // The hint passes in two seconds: for that long, the keys give it room.
  const room = columns - stringWidth(hint) - FOOTER_SEPARATOR.length;
  const fitted = room > 0 ? fitFooter(keys, room) : [];
  const rest = footerWidth(fitted) <= room ? fitted : [];
  return paint(palette.busy, hint) + (rest.length > 0 ? chalk.dim(FOOTER_SEPARATOR + rest.join(FOOTER_SEPARATOR)) : '');
}

/** Keys that work wherever the focus is, for the help panel. */
const EVERYWHERE = [
  'Tab, Shift+Tab  next, previous',
  'PgUp, PgDn      page the app',
  '?, F1           this help',
  'Ctrl+C          quit',
  '(in a text box, ? types: use F1)',
];

/**
 * The help panel (? or F1): every key that works on the focused block, then those that
 * work everywhere, in a box as wide as it needs (at most the screen), centred.
 */
export function helpPanel(here: readonly string[], what: string, columns: number): string[] {
  const ownKeys = here.filter(key => !/^(Tab next|Shift\+Tab back|PgUp\/PgDn page|\? help|F1 help|Ctrl\+C quit)$/.test(key));
  const body = [
    chalk.bold(`Keys for this ${what}`),
    ...(ownKeys.length > 0 ? ownKeys : ['(none of its own)']).map(key => `  ${key}`),
    '',
    chalk.bold('Keys everywhere'),
    ...EVERYWHERE.map(key => `  ${key}`),
    '',
    chalk.dim('Any key closes this help.'),
  ];
  const inner = Math.min(Math.max(...body.map(line => stringWidth(line))), Math.max(1, columns - 4));
  const pad = ' '.repeat(Math.max(0, Math.floor((columns - inner - 4) / 2)));
  const cut = (line: string) => {
    const width = stringWidth(line);
    return width > inner ? cliTruncate(line, inner) : line + ' '.repeat(inner - width);
  };
  return [`${pad}╭${'─'.repeat(inner + 2)}╮`, ...body.map(line => `${pad}│ ${cut(line)} │`), `${pad}╰${'─'.repeat(inner + 2)}╯`];
}
