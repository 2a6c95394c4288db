import type {BlockProps} from '../Block.js';
import {BuildError} from '../errors.js';
import type {Update} from '../update.js';
import {type LabelledLayoutArgs, Layout, labelledLayoutArgs, layoutUpdate, openLayout} from './Layout.js';
import {Tabs} from './Tabs.js';

export interface TabProps extends BlockProps {
  label: string;
  /** Identifies the tab for `Tabs.selected`. */
  id?: string | number;
}

/** One page of a `gr.Tabs`; its label is the tab's title. */
export class Tab extends Layout<TabProps> {
  readonly type = 'tabitem';

  constructor(props: TabProps) {
    super(props);
    if (!(this.parent instanceof Tabs)) throw new BuildError(`gr.Tab("${props.label}") must be inside gr.Tabs(() => { ... })`);
  }
}

/** `gr.Tab('Label', fn)` or `gr.Tab({label, id}, fn)`. */
export function tab<T>(labelOrProps: string | TabProps, build: (tab: Tab) => T): T;
/** `gr.Tab('Label', {id}, fn)`: Python's `gr.Tab("Label", id=...)`, the label by position then the options. */
export function tab<T>(label: string, props: Partial<TabProps>, build: (tab: Tab) => T): T;
/** Without a build callback, returned from a handler: an update of that Tab (see `layoutUpdate`). */
export function tab(labelOrProps?: string | Partial<TabProps>): Update;
export function tab(label: string, props: Partial<TabProps>): Update;
export function tab<T>(...args: LabelledLayoutArgs<TabProps, Tab, T>): T | Update {
  const [props, build] = labelledLayoutArgs(args);
  if (build === undefined) return layoutUpdate('Tab', props);
  if (typeof props?.label !== 'string') throw new BuildError('gr.Tab needs a label: gr.Tab("Settings", () => { ... })');
  return openLayout(p => new Tab(p), [props as TabProps, build], props as TabProps);
}
