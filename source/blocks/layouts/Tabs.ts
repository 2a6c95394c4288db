import type {BlockProps} from '../Block.js';
import {Layout, type LayoutArgs, openLayout} from './Layout.js';

export interface TabsProps extends BlockProps {
  /** The tab shown first: its `id`, or its position. Default the first. */
  selected?: string | number;
}

/** A set of `gr.Tab`s of which one shows at a time. */
export class Tabs extends Layout<TabsProps> {
  readonly type = 'tabs';
}

export function tabs<T>(...args: LayoutArgs<TabsProps, Tabs, T>): T {
  return openLayout(props => new Tabs(props), args, {});
}
