import {Box, Text} from 'ink';
import type {Accordion as AccordionModel} from '../../blocks/layouts/Accordion.js';
import {FOCUS_COLOUR} from '../focus-marker.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Children} from './BlockView.js';

/** A titled section; Enter or Space on the title opens or closes it. */
export function Accordion({layout, ctx}: {layout: AccordionModel; ctx: RenderContext}) {
  const open = accordionOpen(layout, ctx);
  const focused = ctx.focused === layout;
  return (
    <Box flexDirection="column">
      <Text bold inverse={focused} color={focused ? FOCUS_COLOUR : undefined}>
        {open ? '▾' : '▸'} {sanitizeLine(String(ctx.session.props(layout).label ?? ''))}
      </Text>
      {open ? (
        <Box flexDirection="column" paddingLeft={2}>
          <Children blocks={ctx.session.children(layout)} ctx={ctx} direction="column" />
        </Box>
      ) : null}
    </Box>
  );
}

export function accordionOpen(layout: AccordionModel, ctx: Pick<RenderContext, 'session' | 'ui'>): boolean {
  return ctx.ui.accordionOpen.get(layout) ?? ctx.session.props(layout).open !== false;
}
