import {Box} from 'ink';
import type {Group as GroupModel} from '../../blocks/layouts/Group.js';
import {paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {Children} from './BlockView.js';

/** Children drawn together inside one box. */
export function Group({layout, ctx}: {layout: GroupModel; ctx: RenderContext}) {
  return (
    <Box flexDirection="column" borderStyle="single" borderColor={paletteOf(ctx).staticBorder}>
      <Children blocks={ctx.session.children(layout)} ctx={ctx} direction="column" />
    </Box>
  );
}
