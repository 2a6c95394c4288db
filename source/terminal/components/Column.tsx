import {Box} from 'ink';
import type {Column as ColumnModel} from '../../blocks/layouts/Column.js';
import type {RenderContext} from '../RenderContext.js';
import {Children} from './BlockView.js';

/** Children stacked top to bottom, each as wide as the column. */
export function Column({layout, ctx}: {layout: ColumnModel; ctx: RenderContext}) {
  return (
    <Box flexDirection="column">
      <Children blocks={ctx.session.children(layout)} ctx={ctx} direction="column" />
    </Box>
  );
}
