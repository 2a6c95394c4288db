import type {BlockProps} from '../Block.js';
import {BuildError} from '../errors.js';
import type {Update} from '../update.js';
import {type LabelledLayoutArgs, Layout, labelledLayoutArgs, layoutUpdate, openLayout} from './Layout.js';

export interface AccordionProps extends BlockProps {
  label: string;
  /** Whether it starts open. Default true, as Gradio. */
  open?: boolean;
}

/** A titled section the user opens and closes (Enter or Space on its title). */
export class Accordion extends Layout<AccordionProps> {
  readonly type = 'accordion';
}

/** `gr.Accordion('Label', fn)` or `gr.Accordion({label, open}, fn)`. */
export function accordion<T>(labelOrProps: string | AccordionProps, build: (accordion: Accordion) => T): T;
/** `gr.Accordion('Label', {open: false}, fn)`: Python's `gr.Accordion("Label", open=False)`, the label by position then the options. */
export function accordion<T>(label: string, props: Partial<AccordionProps>, build: (accordion: Accordion) => T): T;
/** Without a build callback, returned from a handler: an update of that Accordion (see `layoutUpdate`). */
export function accordion(labelOrProps?: string | Partial<AccordionProps>): Update;
export function accordion(label: string, props: Partial<AccordionProps>): Update;
export function accordion<T>(...args: LabelledLayoutArgs<AccordionProps, Accordion, T>): T | Update {
  const [props, build] = labelledLayoutArgs(args);
  if (build === undefined) return layoutUpdate('Accordion', props);
  if (typeof props?.label !== 'string') throw new BuildError('gr.Accordion needs a label: gr.Accordion("More", () => { ... })');
  return openLayout(p => new Accordion(p), [props as AccordionProps, build], {open: true, ...(props as AccordionProps)});
}
