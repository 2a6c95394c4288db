import type {BlocksApp} from './Blocks.js';
import {type Container, currentFrame} from './build-context.js';

/** Props every block has: layouts and components alike can be shown, hidden and identified. */
export interface BlockProps {
  visible?: boolean;
  elemId?: string;
}

/**
 * Anything that sits in the layout tree: a component or a layout. Created inside an
 * app being built, it attaches to the innermost layout and belongs to that app.
 */
export abstract class Block<P extends BlockProps = BlockProps> {
  /** The block's kind as Gradio's config spells it (`textbox`, `row`). */
  abstract readonly type: string;
  readonly id: number;
  readonly app: BlocksApp;
  readonly props: Readonly<P>;
  /** The layout (or app) this block sits in. */
  readonly parent: Container;

  constructor(props: P) {
    const frame = currentFrame(`gr.${blockName(new.target)}`);
    this.app = frame.app;
    this.id = frame.app.register(this);
    this.props = {visible: true, ...props};
    this.parent = frame.parent;
    frame.parent.children.push(this);
  }

  /** How the block is named in messages: its kind and, where it has one, its label. */
  describe(): string {
    const label = (this.props as {label?: unknown}).label;
    const name = blockName(this.constructor);
    return typeof label === 'string' && label !== '' ? `${name} "${label}"` : `${name} #${this.id}`;
  }
}

/** The Gradio name of a block class: its `displayName` where the class name must differ (Number, JSON). */
export function blockName(type: Function): string {
  return (type as {displayName?: string}).displayName ?? type.name;
}
