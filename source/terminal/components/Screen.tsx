import {Box, Text} from 'ink';
import type {Notice} from '../../session/notices.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Children} from './BlockView.js';

const NOTICE_LOOK: Record<Notice['level'], {icon: string; colour: string}> = {
  error: {icon: '✖', colour: 'red'},
  warning: {icon: '⚠', colour: 'yellow'},
  info: {icon: 'ℹ', colour: 'blue'},
};

/** The whole screen: the title, the app (clipped to the rows left), toasts, and the footer of keys. */
export function Screen({ctx, rows, toasts, keys}: {ctx: RenderContext; rows: number; toasts: readonly Notice[]; keys: string[]}) {
  return (
    <Box flexDirection="column" width={ctx.columns} height={rows}>
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          {sanitizeLine(ctx.session.app.title)}
        </Text>
      </Box>
      <Box flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
        <Children blocks={ctx.session.app.children} ctx={ctx} direction="column" />
      </Box>
      {toasts.map(notice => (
        <Text key={notice.id} color={NOTICE_LOOK[notice.level].colour} wrap="truncate-end">
          {NOTICE_LOOK[notice.level].icon} {sanitizeLine(notice.title)}: {sanitizeLine(notice.message)}
        </Text>
      ))}
      <Box flexShrink={0}>
        <Text dimColor wrap="truncate-end">
          {keys.join(' · ')}
        </Text>
      </Box>
    </Box>
  );
}
