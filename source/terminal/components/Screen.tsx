import chalk from 'chalk';
import {Box} from 'ink';
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

/** One line per toast: icon, title and message in the notice's colour. */
export function toastLines(toasts: readonly Notice[]): string[] {
  return toasts.map(n =>
    NOTICE_LOOK[n.level].paint(`${NOTICE_LOOK[n.level].icon} ${sanitizeLine(n.title)}: ${sanitizeLine(n.message)}`),
  );
}

/** The footer: the keys that apply to the focused block. */
export function footerLine(keys: readonly string[]): string {
  return chalk.dim(keys.join(' · '));
}
