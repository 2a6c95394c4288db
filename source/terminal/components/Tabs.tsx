import {Box, Text} from 'ink';
import type {Tab} from '../../blocks/layouts/Tab.js';
import type {Tabs as TabsModel} from '../../blocks/layouts/Tabs.js';
import {FOCUS_COLOUR} from '../focus-marker.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Children} from './BlockView.js';

/** A tab bar (←/→ switch when it has focus) above the selected tab's contents. */
export function Tabs({layout, ctx}: {layout: TabsModel; ctx: RenderContext}) {
  const tabs = ctx.session.children(layout).filter(t => ctx.session.props(t).visible !== false) as Tab[];
  const selected = selectedTab(layout, ctx);
  const focused = ctx.focused === layout;
  return (
    <Box flexDirection="column">
      <Box columnGap={1}>
        {tabs.map((tab, index) => (
          <Text
            key={tab.id}
            color={focused && index === 0 ? FOCUS_COLOUR : undefined}
            inverse={tab === selected && focused}
            bold={tab === selected}
            underline={tab === selected}
            dimColor={tab !== selected}
          >
            {` ${sanitizeLine(String(ctx.session.props(tab).label ?? ''))} `}
          </Text>
        ))}
      </Box>
      {selected ? <Children blocks={ctx.session.children(selected)} ctx={ctx} direction="column" /> : null}
    </Box>
  );
}

/** The tab shown: the one the user chose, else the `selected` prop (id or position), else the first. */
export function selectedTab(
  layout: TabsModel,
  ctx: RenderContext | {session: RenderContext['session']; ui: RenderContext['ui']},
): Tab | undefined {
  const tabs = ctx.session.children(layout).filter(t => ctx.session.props(t).visible !== false) as Tab[];
  const chosen = ctx.ui.selectedTab.get(layout);
  if (chosen !== undefined && tabs[chosen]) return tabs[chosen];
  const prop = ctx.session.props(layout).selected;
  const byId = tabs.find(t => t.props.id !== undefined && t.props.id === prop);
  return byId ?? (typeof prop === 'number' ? tabs[prop] : undefined) ?? tabs[0];
}
