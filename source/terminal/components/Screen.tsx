import chalk from 'chalk';
import cliTruncate from 'cli-truncate';
import {Box} from 'ink';
import wrapAnsi from 'wrap-ansi';
import type {Notice} from '../../session/notices.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Children} from './BlockView.js';

const NOTICE_LOOK: Record<Notice['level'], {icon: string; paint: (text: string) => string}> = {
  error: {icon: '✖', paint: text => chalk.red(text)},
  warning: {icon: '⚠', paint: text => chalk.yellow(text)},
  info: {icon: 'ℹ', paint: text => chalk.blue(text)},
};

/** The app's layout tree, as tall as it needs; the screen shows the part around the focused block. */
export function Body({ctx}: {ctx: RenderContext}) {
  return (
    <Box flexDirection="column" width={ctx.columns}>
      <Children blocks={ctx.session.app.children} ctx={ctx} direction="column" />
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
export function toastLines(toasts: readonly Notice[], columns: number): string[] {
  const width = Math.max(1, columns);
  return toasts.flatMap(n => {
    const look = NOTICE_LOOK[n.level];
    // Only what can show is wrapped: a message of thousands of characters costs no more than three lines.
    const text = `${look.icon} ${sanitizeLine(n.title)}: ${sanitizeLine(n.message)}`.slice(0, TOAST_LINES * width * 2);
    const lines = wrapAnsi(text, width, {hard: true, trim: true}).split('\n');
    if (lines.length > TOAST_LINES) {
      lines.length = TOAST_LINES;
      lines[TOAST_LINES - 1] = cliTruncate(`${lines[TOAST_LINES - 1]}…`, width);
    }
    return lines.map(line => look.paint(line));
  });
}

/** The footer: the keys that apply to the focused block. */
export function footerLine(keys: readonly string[]): string {
  return chalk.dim(keys.join(' · '));
}
