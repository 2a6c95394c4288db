import type {BlocksApp} from './Blocks.js';
import {type BuildFrame, type Container, currentFrame, openFrame} from './build-context.js';
import {BuildError} from './errors.js';

/** Props every block has: layouts and components alike can be shown, hidden and identified. */
export interface BlockProps {
  visible?: boolean;
  elemId?: string;
  /** Gradio's CSS classes: accepted so demos port unchanged; a terminal has no stylesheet to apply them. */
  elemClasses?: string | readonly string[];
  /**
   * Inside `gr.render`: the block made by the next run with the same key (and kind) is
   * this one again, keeping its value and focus, as Gradio's `key`.
   */
  key?: RenderKey;
  /** Which props a keyed block keeps from the previous run, as Gradio's `preserved_by_key`. Default `value`. */
  preservedByKey?: string | readonly string[] | null;
}

/** A `key`: a string, a number, or a tuple of them (Gradio accepts all three). */
export type RenderKey = string | number | readonly (string | number)[];

/**
 * Anything that sits in the layout tree: a component or a layout. Created inside an
 * app being built, it attaches to the innermost layout and belongs to that app. A
 * component created outside any app waits unrendered until an Interface, Examples
 * or its own `.render()` places it, as in Gradio.
 */
export abstract class Block<P extends BlockProps = BlockProps> {
  /** Whether blocks of this kind may be created outside any app (components may; layouts need a build callback). */
  static readonly mayWaitUnrendered: boolean = false;
  /** The block's kind as Gradio's config spells it (`textbox`, `row`). */
  abstract readonly type: string;
  readonly props: Readonly<P>;
  private place: {app: BlocksApp; id: number; parent: Container} | undefined;

  constructor(props: P) {
    this.props = {visible: true, ...props};
    const frame = (new.target as unknown as typeof Block).mayWaitUnrendered
      ? openFrame()
      : currentFrame(`gr.${blockName(new.target)}`);
    if (frame) this.placeIn(frame);
  }

  /** The app this block is placed in. Reading it on a block that was never placed is an error that says so. */
  get app(): BlocksApp {
    if (!this.place) {
      throw new BuildError(
        `${this.describe()} was created outside any gr.Blocks and never rendered: pass it to gr.Interface, or call .render() inside gr.Blocks(() => { ... })`,
      );
    }
    return this.place.app;
  }

  /** The app this block is placed in, or undefined while it waits unrendered. */
  get owner(): BlocksApp | undefined {
    return this.place?.app;
  }

  /** Its number in its app (0 while unrendered). */
  get id(): number {
    return this.place?.id ?? 0;
  }

  /** The layout (or app) this block sits in. */
  get parent(): Container {
    return this.place?.parent ?? NOWHERE;
  }

  /**
   * Places a block made outside any app in the layout being built, as Gradio's
   * `.render()`. Returns the block. Rendering it twice, or into a second app, is an error.
   */
  render(): this {
    const frame = currentFrame(`${this.describe()}.render()`);
    if (this.place) {
      const where = this.place.app === frame.app ? 'this app' : `app "${this.place.app.title}"`;
      throw new BuildError(`${this.describe()} is already rendered in ${where}: a block can be placed only once`);
    }
    this.placeIn(frame);
    return this;
  }

  /**
   * Takes a block out of the app still being built that holds it, so another app can
   * place it (Gradio's `unrender`, which its Interface applies to the components it is given).
   */
  unrender(): this {
    if (!this.place) return this;
    const {app, parent} = this.place;
    app.unregister(this);
    parent.children.splice(parent.children.indexOf(this), 1);
    this.place = undefined;
    return this;
  }

  /** Moves a block, with the app it was built in, into another app (rendering a whole Blocks into another). */
  adoptInto(app: BlocksApp, parent?: Container): void {
    const current = this.place;
    this.place = {app, id: app.register(this), parent: parent ?? current?.parent ?? NOWHERE};
    if (parent) parent.children.push(this);
  }

  /** How the block is named in messages: its kind and, where it has one, its label. */
  describe(): string {
    const label = (this.props as {label?: unknown}).label;
    const name = blockName(this.constructor);
    if (typeof label === 'string' && label !== '') return `${name} "${label}"`;
    return this.place ? `${name} #${this.place.id}` : `${name} (unrendered)`;
  }

  private placeIn(frame: BuildFrame): void {
    this.place = {app: frame.app, id: frame.app.register(this), parent: frame.parent};
    frame.parent.children.push(this);
  }
}

const NOWHERE: Container = Object.freeze({children: Object.freeze([]) as unknown as Block[]});

/** The Gradio name of a block class: its `displayName` where the class name must differ (Number, JSON). */
export function blockName(type: Function): string {
  return (type as {displayName?: string}).displayName ?? type.name;
}
