import {Box, type DOMElement} from 'ink';
import {type ReactElement, useCallback, useMemo} from 'react';
import type {Block} from '../../blocks/Block.js';
import {Component} from '../../blocks/Component.js';
import {useLiveContext} from '../live-context.js';
import type {RenderContext} from '../RenderContext.js';
import {Accordion} from './Accordion.js';
import {Button} from './Button.js';
import {Chatbot} from './Chatbot.js';
import {Checkbox} from './Checkbox.js';
import {CheckboxGroup} from './CheckboxGroup.js';
import {Code} from './Code.js';
import {Column} from './Column.js';
import {Dataframe} from './Dataframe.js';
import {Dataset} from './Dataset.js';
import {Dropdown} from './Dropdown.js';
import {Group} from './Group.js';
import {JSON} from './JSON.js';
import {Label} from './Label.js';
import {Markdown} from './Markdown.js';
import {Number} from './Number.js';
import {Radio} from './Radio.js';
import {Row} from './Row.js';
import {Slider} from './Slider.js';
import {Tabs} from './Tabs.js';
import {Textbox} from './Textbox.js';

// biome-ignore lint/suspicious/noExplicitAny: each view takes its own model type; the table is keyed by the model's type
const VIEWS: Record<string, (props: {component: any; ctx: RenderContext}) => ReactElement | null> = {
  textbox: Textbox,
  number: Number,
  slider: Slider,
  checkbox: Checkbox,
  checkboxgroup: CheckboxGroup,
  radio: Radio,
  dropdown: Dropdown,
  button: Button,
  markdown: Markdown,
  label: Label,
  json: JSON,
  chatbot: Chatbot,
  code: Code,
  dataframe: Dataframe,
  dataset: Dataset,
};

// biome-ignore lint/suspicious/noExplicitAny: as above, for layouts
const LAYOUTS: Record<string, (props: {layout: any; ctx: RenderContext}) => ReactElement | null> = {
  row: Row,
  column: Column,
  group: Group,
  tabs: Tabs,
  accordion: Accordion,
};

/**
 * Draws any block by its kind; hidden blocks (visible: false, State, Timer, Global) draw nothing.
 * `stretch`: the block sits directly in a Row, whose height it takes (so Buttons side by side are as tall as each other).
 */
export function BlockView({block, ctx, stretch = false}: {block: Block; ctx: RenderContext; stretch?: boolean}) {
  if (ctx.session.props(block).visible === false) return null;
  if (block instanceof Component) {
    if (block.hidden) return null;
    return VIEWS[block.type] ? <ComponentView component={block} ctx={ctx} stretch={stretch} /> : null;
  }
  const Layout = LAYOUTS[block.type];
  if (!Layout) return null;
  return CLICKABLE_LAYOUTS.has(block.type) ? (
    <PlacedLayout layout={block} ctx={ctx} view={Layout} />
  ) : (
    <Layout layout={block} ctx={ctx} />
  );
}

/** Layouts the mouse acts on (a tab bar, an accordion's title): their place is kept for hit-testing as a component's is. */
const CLICKABLE_LAYOUTS = new Set(['tabs', 'accordion']);

function PlacedLayout({layout, ctx, view: View}: {layout: Block; ctx: RenderContext; view: (typeof LAYOUTS)[string]}) {
  const place = usePlace(layout, ctx);
  return (
    <Box ref={place} flexDirection="column">
      <View layout={layout} ctx={ctx} />
    </Box>
  );
}

/** A ref that keeps the block's outermost node in `ui.nodes` while it is drawn, for the mouse (see hit-test.ts). */
function usePlace(block: Block, ctx: RenderContext) {
  const {nodes} = ctx.ui;
  return useCallback(
    (node: DOMElement | null) => {
      if (node) nodes.set(block, node);
      else if (nodes.get(block)) nodes.delete(block);
    },
    [block, nodes],
  );
}

/**
 * Everything a component's view reads: when none of it changed since the last
 * frame, React skips the view (a keystroke in one box redraws only that box).
 */
function viewInputs(component: Component, ctx: RenderContext): unknown[] {
  const {session, ui} = ctx;
  const status = session.status(component);
  return [
    session.value(component),
    session.props(component),
    status,
    status ? ctx.now : 0,
    ctx.focused === component,
    ctx.columns,
    ui.cursor.get(component),
    ui.highlight.get(component),
    ui.open.has(component),
    ui.drafts.get(component),
    ui.scroll.get(component),
    ui.anchor.get(component),
    ui.measured.get(component),
    ui.undrawn.has(component),
    ui.fill.get(component),
    ctx.palette,
  ];
}

/**
 * One component's view, drawn with the frame's live context (see live-body.tsx). It runs on every
 * frame, and hands React the element it made last time while the view's inputs are unchanged, so
 * React skips everything below it.
 */
function ComponentView({component, ctx: given, stretch}: {component: Component; ctx: RenderContext; stretch: boolean}) {
  const ctx = useLiveContext(given);
  const View = VIEWS[component.type];
  // Where the component is drawn, for the mouse: the node is kept while it is on screen.
  const place = usePlace(component, ctx);
  const inputs = viewInputs(component, ctx);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view reads ctx only through what viewInputs lists
  return useMemo(
    () => (
      <Box ref={place} flexDirection="column" flexGrow={stretch ? 1 : 0}>
        <View component={component} ctx={ctx} />
      </Box>
    ),
    [component, View, place, stretch, ...inputs],
  );
}

/** The children of a layout, each given its share of a row (scale) and its narrowest width (minWidth). */
export function Children({blocks, ctx, direction}: {blocks: readonly Block[]; ctx: RenderContext; direction: 'row' | 'column'}) {
  return (
    <>
      {blocks.map(block => {
        const props = ctx.session.props(block);
        if (props.visible === false || (block instanceof Component && block.hidden)) return null;
        if (direction === 'column') return <BlockView key={block.id} block={block} ctx={ctx} />;
        const scale = typeof props.scale === 'number' ? props.scale : 1;
        const minWidth = typeof props.minWidth === 'number' ? props.minWidth : 20;
        return (
          <Box
            key={block.id}
            flexGrow={scale}
            flexShrink={1}
            flexBasis={0}
            minWidth={Math.min(minWidth, ctx.columns)}
            flexDirection="column"
          >
            <BlockView block={block} ctx={ctx} stretch />
          </Box>
        );
      })}
    </>
  );
}
