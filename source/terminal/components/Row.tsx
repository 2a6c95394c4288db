import {Box} from 'ink';
import type {Row as RowModel} from '../../blocks/layouts/Row.js';
import type {RenderContext} from '../RenderContext.js';
import {Children} from './BlockView.js';

/** Children side by side, sharing the width by scale; those that do not fit their minWidth wrap below. */
export function Row({layout, ctx}: {layout: RowModel; ctx: RenderContext}) {
  return (
    <Box flexDirection="row" flexWrap="wrap" columnGap={1}>
      <Children blocks={ctx.session.children(layout)} ctx={ctx} direction="row" />
    </Box>
  );
}
