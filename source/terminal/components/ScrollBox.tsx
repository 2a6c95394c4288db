import {Box, type DOMElement, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Block} from '../../blocks/Block.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {anchoredAtBottom, scrollHint, scrollOffset, scrollWindow} from '../scrolling.js';
import {drawnPart} from '../text-budget.js';

/**
 * A window onto content that wraps and so can only be measured once laid out
 * (a conversation, pretty-printed JSON, Markdown, an output text). The content
 * is drawn whole; after the frame the renderer reads its height back (see
 * `mount.tsx`). Content known to be longer than `view` lines is clipped to
 * `view` lines, shifted by the scroll offset; when a height change alters that,
 * the frame is drawn again. A box anchored at its bottom keeps the newest content in view.
 */
export function ScrollBox({
  block,
  ctx,
  view,
  fixedHeight = false,
  undrawn = false,
  children,
}: {
  block: Block;
  ctx: RenderContext;
  /** The most lines the box shows. */
  view: number;
  /** Whether the box keeps `view` lines even when its content is shorter (a chat's pane). */
  fixedHeight?: boolean;
  /** Whether older content exists that was left out of `children` because it cannot show now. */
  undrawn?: boolean;
  children: ReactNode;
}) {
  const {ui} = ctx;
  const measured = ui.measured.get(block);
  const offset = scrollOffset(block, ctx.session, ui);
  const bottom = anchoredAtBottom(block, ui);
  const overflowing = (measured !== undefined && measured > view) || undrawn;
  // Content that fits takes its own height; the box clips only content known to be longer.
  const height = fixedHeight || overflowing ? view : undefined;
  const measure = (node: DOMElement | null) => {
    if (node) ui.boxes.set(block, {node, view, undrawn});
    else ui.boxes.delete(block);
  };
  return (
    <>
      <Box flexDirection="column" height={height} overflowY="hidden" justifyContent={bottom ? 'flex-end' : 'flex-start'}>
        <Box
          ref={measure}
          flexDirection="column"
          flexShrink={0}
          marginTop={bottom ? 0 : -offset}
          marginBottom={bottom ? -offset : 0}
        >
          {children}
        </Box>
      </Box>
      {overflowing ? <ScrollHint block={block} ctx={ctx} unit="lines" /> : null}
    </>
  );
}

/** The dim line under a long box saying what is hidden above and below; one line, cut at the box's edge. */
export function ScrollHint({block, ctx, unit}: {block: Block; ctx: RenderContext; unit: 'lines' | 'rows'}) {
  return (
    <Text dimColor wrap="truncate-end">
      {scrollHint(scrollWindow(block, ctx.session, ctx.ui), unit)}
    </Text>
  );
}

/** The part of a long text that a box can show now, from the end it is anchored at (see text-budget.ts). */
export function windowText(block: Block, ctx: RenderContext, view: number, text: string): string {
  return drawnPart(text, scrollOffset(block, ctx.session, ctx.ui) + view, ctx.columns, anchoredAtBottom(block, ctx.ui));
}

/** Plain text that wraps and scrolls past `view` lines (an output Textbox, a JSON view). */
export function ScrolledText({block, ctx, view, text}: {block: Block; ctx: RenderContext; view: number; text: string}) {
  const drawn = windowText(block, ctx, view, text);
  return (
    <ScrollBox block={block} ctx={ctx} view={view} undrawn={drawn.length < text.length}>
      <Text>{sanitize(drawn)}</Text>
    </ScrollBox>
  );
}
