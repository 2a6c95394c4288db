import {Block, type BlockProps} from '../Block.js';
import {type Container, openFrame, withParent} from '../build-context.js';
import {BuildError} from '../errors.js';
import {type Update, update} from '../update.js';

/** A block that arranges other blocks: Row, Column, Group, Tabs, Tab, Accordion. */
export abstract class Layout<P extends BlockProps = BlockProps> extends Block<P> implements Container {
  readonly children: Block[] = [];
}

/** The two ways to call a layout: `gr.Row(fn)` and `gr.Row({...}, fn)`. */
export type LayoutArgs<P, L, T> = [build: (layout: L) => T] | [props: P, build: (layout: L) => T];

/**
 * Creates a layout and runs its build callback with the layout as the current
 * parent (Python's `with gr.Row():`). Returns whatever the callback returns; the
 * callback receives the layout so it can be an output of `gr.update({visible})`.
 */
export function openLayout<P, L extends Layout, T>(create: (props: P) => L, args: LayoutArgs<P, L, T>, defaults: P): T {
  const [props, build] = args.length === 1 ? [defaults, args[0]] : [{...defaults, ...args[0]}, args[1]];
  const layout = create(props);
  return withParent(layout.app, layout, `gr.${layout.constructor.name}`, () => build(layout));
}

/**
 * A layout call without a build callback, `gr.Column({visible: true})`: returned from a
 * handler it updates that layout for this session, as Gradio 4+ reads
 * `return gr.Column(visible=True)`. While an app is being built a layout needs its
 * callback, so there it is a BuildError that says so.
 */
export function layoutUpdate(name: string, props: object | undefined): Update {
  if (openFrame()) {
    throw new BuildError(
      `gr.${name}(...) has no build callback: inside gr.Blocks write gr.${name}({...}, () => { ... }); returned from a handler, gr.${name}({...}) updates that layout`,
    );
  }
  return update({...(props ?? {})});
}

/** Whether a layout call has no build callback, so it means an update (see `layoutUpdate`). */
export function isUpdateCall(args: readonly unknown[]): boolean {
  return typeof args.at(-1) !== 'function';
}

/** The ways to call a layout that has a label (Tab, Accordion): `(label, fn)`, `(props, fn)`, `(label, props, fn)`, or no fn for an update. */
export type LabelledLayoutArgs<P, L, T> =
  | [labelOrProps?: string | Partial<P>, build?: (layout: L) => T]
  | [label: string, props: Partial<P>, build?: (layout: L) => T];

/** Reads a labelled layout's arguments as its props (the label among them) and its build callback, if any. */
export function labelledLayoutArgs<P, L, T>(
  args: LabelledLayoutArgs<P, L, T>,
): [Partial<P> | undefined, ((layout: L) => T) | undefined] {
  const [first, second, third] = args;
  if (typeof first === 'string' && second !== null && typeof second === 'object') {
    return [{...(second as Partial<P>), label: first}, third];
  }
  const props = typeof first === 'string' ? ({label: first} as unknown as Partial<P>) : first;
  return [props, second as ((layout: L) => T) | undefined];
}
