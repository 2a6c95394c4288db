import type {BlockProps} from '../Block.js';
import type {Update} from '../update.js';
import {isUpdateCall, Layout, type LayoutArgs, layoutUpdate, openLayout} from './Layout.js';

export interface TabsProps extends BlockProps {
  /** The tab shown first: its `id`, or its position. Default the first. */
  selected?: string | number;
}

/** A set of `gr.Tab`s of which one shows at a time. */
export class Tabs extends Layout<TabsProps> {
  readonly type = 'tabs';
}

export function tabs<T>(...args: LayoutArgs<TabsProps, Tabs, T>): T;
/** Without a build callback, returned from a handler: an update of that Tabs (see `layoutUpdate`). */
export function tabs(props?: TabsProps): Update;
export function tabs<T>(...args: LayoutArgs<TabsProps, Tabs, T> | [props?: TabsProps]): T | Update {
  if (isUpdateCall(args)) return layoutUpdate('Tabs', args[0]);
  return openLayout(props => new Tabs(props), args as LayoutArgs<TabsProps, Tabs, T>, {});
}
