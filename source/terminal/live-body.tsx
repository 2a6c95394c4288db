import type {ReactElement} from 'react';
import {Component} from '../blocks/Component.js';
import {Body} from './components/Screen.js';
import type {InkFrameSource} from './InkFrameSource.js';
import {LiveContext} from './live-context.js';
import type {RenderContext} from './RenderContext.js';

/**
 * Everything the layouts (Body, Row, Column, Group, Tabs, Accordion and the Children between them)
 * read: the tree, each block's props (kept as one object per change, so compared by identity),
 * the width, the colours, the focus when a layout has it, and the tabs and sections chosen.
 * A component's own value, cursor or focus is not here: its view reads those itself.
 */
export function layoutInputs(ctx: RenderContext): unknown[] {
  const {session, ui, focused} = ctx;
  const inputs: unknown[] = [session.treeVersion, ctx.columns, ctx.palette, focused instanceof Component ? undefined : focused];
  for (const block of session.blocks) inputs.push(session.props(block));
  for (const entry of ui.selectedTab) inputs.push(...entry);
  for (const entry of ui.accordionOpen) inputs.push(...entry);
  return inputs;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * The app's body, kept mounted in one Ink instance. While the layouts' inputs stay as they were,
 * a frame hands the views the new context and gives React the body's element of the last frame:
 * React skips the layouts (same element, nothing pending) and re-runs only the component views,
 * which read the context. Otherwise the whole tree is rendered again from a new Body.
 */
export class LiveBody {
  /** The last frame's body element and the layout inputs it was drawn with. */
  private last: {body: ReactElement; layout: unknown[]} | undefined;

  /** `redrawLayouts`: render the whole tree on every frame (see MountOptions). */
  constructor(
    private readonly frames: InkFrameSource,
    private readonly redrawLayouts = false,
  ) {}

  /** The body's lines for this frame's context. */
  render(ctx: RenderContext): readonly string[] {
    const layout = layoutInputs(ctx);
    const kept = !this.redrawLayouts && this.last && sameValues(layout, this.last.layout) ? this.last.body : undefined;
    // Forgotten first: if this render throws, the next frame renders the whole tree again.
    this.last = undefined;
    const body = kept ?? <Body ctx={ctx} />;
    const lines = this.frames.render(
      <LiveContext.Provider value={ctx}>{body}</LiveContext.Provider>,
      ctx.columns,
      kept !== undefined,
    );
    this.last = {body, layout};
    return lines;
  }
}
