import {Text} from 'ink';
import type {Block} from '../../blocks/Block.js';
import {paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Beside a label while an event writes to it: a spinner, the seconds elapsed, and progress if reported. */
export function StatusLine({block, ctx}: {block: Block; ctx: RenderContext}) {
  const status = ctx.session.status(block);
  if (!status || status.showProgress === 'hidden') return null;
  const elapsed = Math.max(0, ctx.now - status.startedAt);
  const frame = SPINNER[Math.floor(elapsed / 100) % SPINNER.length];
  const fraction = status.progress?.fraction;
  const bar =
    fraction === null || fraction === undefined || status.showProgress === 'minimal'
      ? ''
      : ` ${'█'.repeat(Math.round(fraction * 10))}${'░'.repeat(10 - Math.round(fraction * 10))} ${Math.round(fraction * 100)}%`;
  const description = status.progress?.description ? ` ${sanitizeLine(status.progress.description)}` : '';
  return (
    <Text color={paletteOf(ctx).busy}>
      {' '}
      {frame} {(elapsed / 1000).toFixed(1)}s{bar}
      {description}
    </Text>
  );
}
