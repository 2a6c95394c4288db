import {Block} from './Block.js';
import {buildingApp, type Container, currentFrame, withParent} from './build-context.js';
import {Component} from './Component.js';
import {appConfig, type BlocksConfig} from './config.js';
import {type ChainCondition, Dependency, type ListenerOptions, listenerName, type Trigger} from './Dependency.js';
import {BuildError} from './errors.js';
import {defaultTriggerMode, type EventListener, type EventName, type Handler, type Inputs, type Outputs} from './events.js';
import {resolveInteractive} from './interactivity.js';
import {isListenerKeywords, keywordListener, type ListenerDecorator, type ListenerKeywords} from './listener-keywords.js';
import type {Base} from './themes/Base.js';
import {resolveTheme} from './themes/built-in-themes.js';
import {valueListener} from './value-listener.js';

export interface BlocksOptions {
  /** Shown as the app's title (the terminal's title bar and the top line). */
  title?: string;
  /**
   * The look: a `gr.themes` theme (`gr.themes.Soft()`) or a built-in theme's name (`'soft'`); Default when
   * none. Gradio 6 also takes it in `launch()`, and so does termblocks.
   */
  theme?: Base | string;
}

/**
 * A whole app: the layout tree, its components and its event listeners. Built once
 * by `gr.Blocks(() => {...})`; each user then gets a live copy with `demo.session()`.
 */
export class BlocksApp implements Container {
  readonly type = 'blocks';
  readonly id = 0;
  readonly title: string;
  /** The theme the app asked for (Default when none); the renderer maps it to a terminal palette. */
  readonly theme: Base;
  readonly children: Block[] = [];
  /** Every block of the app, in creation order (which is layout order). */
  readonly blocks: Block[] = [];
  readonly dependencies: Dependency[] = [];
  /** Listeners by trigger block and event, built on first use so dispatching an event does not scan every listener. */
  private triggerIndex: Map<Block | BlocksApp, Map<EventName, Dependency[]>> | undefined;
  /** The last id given to a block (a render's run continues from its session's last one). */
  protected lastId = 0;
  private sealed = false;
  /** The app this one was rendered into (a TabbedInterface's tab), whose blocks and listeners these now are. */
  private host: BlocksApp | undefined;

  constructor(options: BlocksOptions = {}) {
    this.title = options.title ?? 'termblocks';
    this.theme = resolveTheme(options.theme);
  }

  /** Every component of the app, in layout order. */
  get components(): Component[] {
    return this.blocks.filter((b): b is Component => b instanceof Component);
  }

  /**
   * Runs the build callback with this app as the current parent, then seals the model.
   * `const demo = gr.Blocks(); demo.build(() => {...})` is Python's `demo = gr.Blocks()`
   * then `with demo:`. An app is built once: Gradio's second `with demo:` adds to it,
   * which a sealed model cannot, so it is an error rather than a silent no-op.
   */
  build(fn: (app: BlocksApp) => void): this {
    if (this.sealed) throw new BuildError(`app "${this.title}" is already built: put all of it in one build callback`);
    if (typeof fn !== 'function')
      throw new BuildError(`app "${this.title}": build() needs a callback, demo.build(() => { ... })`);
    withParent(this, this, 'gr.Blocks', () => fn(this));
    this.finish();
    return this;
  }

  /** Whether the build callback has finished and the model is sealed. */
  get built(): boolean {
    return this.sealed;
  }

  /**
   * Whether blocks placed in `app` may be used by this app's listeners: its own. A
   * `gr.render` run also uses its app's blocks (see render-run.ts).
   */
  uses(app: BlocksApp | undefined): boolean {
    return app === this;
  }

  /** Gives a new block its id. Called when a block is placed in this app. */
  register(block: Block): number {
    if (this.sealed)
      throw new BuildError(
        `${block.describe()}: app "${this.title}" is already built; place blocks inside its gr.Blocks callback`,
      );
    this.blocks.push(block);
    this.lastId += 1;
    return this.lastId;
  }

  /** Forgets a block taken out of this app while it is still being built (see `Block.unrender`). */
  unregister(block: Block): void {
    if (this.sealed) {
      throw new BuildError(
        `${block.describe()} belongs to app "${this.title}", which is already built: create a new component instead`,
      );
    }
    this.blocks.splice(this.blocks.indexOf(block), 1);
  }

  /**
   * Places this built app, its blocks and its listeners, in the layout being built,
   * as Gradio's `Blocks.render()`: how a TabbedInterface shows an Interface in a tab.
   * The blocks then belong to the app being built; this one is spent.
   */
  render(): this {
    const frame = currentFrame(`gr.Blocks "${this.title}".render()`);
    if (!this.sealed) throw new BuildError(`app "${this.title}" cannot be rendered while it is being built`);
    if (this.host) throw new BuildError(`app "${this.title}" is already rendered in app "${this.host.title}"`);
    if (frame.app === this) throw new BuildError(`app "${this.title}" cannot be rendered into itself`);
    const target = frame.app;
    this.host = target;
    withParent(target, frame.parent, `gr.Blocks "${this.title}".render()`, () => this.renderHeader());
    for (const block of [...this.blocks]) block.adoptInto(target, block.parent === this ? frame.parent : undefined);
    const copies = new Map<Dependency, Dependency>();
    for (const dep of this.dependencies) {
      const after = dep.after && {parent: copies.get(dep.after.parent) as Dependency, condition: dep.after.condition};
      const triggers = dep.triggers.map(t => (t.block === this ? {block: target, event: t.event} : t));
      const copy = new Dependency(
        target,
        target.dependencies.length,
        triggers,
        dep.fn,
        dep.inputs,
        dep.outputs,
        dep.options,
        after,
      );
      after?.parent.children.push(copy);
      copies.set(dep, copy);
      target.dependencies.push(copy);
    }
    target.triggerIndex = undefined;
    return this;
  }

  /** Blocks an app adds above its own when rendered into another (an Interface's title, which is its title line when alone). */
  protected renderHeader(): void {}

  /**
   * Runs `fn` when a session starts, as Gradio's `demo.load`. An event listener like
   * `button.click`: it can be passed around (`gr.on([box.change, demo.load], ...)`,
   * `for (const event of [box.change, demo.load]) event(fn)`). Only while the app is built.
   */
  readonly load: EventListener = Object.assign(
    (first: unknown, ...rest: unknown[]) => {
      const attach = (fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions) =>
        this.listen([{block: this, event: 'load'}], fn, inputs, outputs, options);
      return isListenerKeywords(first)
        ? keywordListener('demo.load', first, rest, attach)
        : attach(first as Handler | null, ...(rest as [Inputs?, Outputs?, ListenerOptions?]));
    },
    {block: this as BlocksApp, event: 'load' as const},
  ) as EventListener;

  /**
   * Runs `fn` when a session ends (quit, disconnect, close): always, with no inputs or
   * outputs. As in Gradio, it may also be added after the app is built (before or after
   * sessions start: a session runs the unload listeners the app has when it ends).
   */
  unload(fn: Handler): Dependency {
    if (typeof fn !== 'function') throw new BuildError(`demo.unload needs a function, got ${describe(fn)}`);
    if (!this.sealed) this.assertBuilding([{block: this, event: 'unload'}]);
    return this.add([{block: this, event: 'unload'}], fn, [], [], {});
  }

  /** Attaches a listener to component events. Only while this app is being built, as in Gradio. */
  listen(triggers: Trigger[], fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions): Dependency {
    // Inside a `gr.render` run, a listener on one of this app's components belongs to the run.
    const current = buildingApp();
    if (current && current !== this && current.uses(this)) return current.listen(triggers, fn, inputs, outputs, options);
    this.assertBuilding(triggers);
    return this.add(triggers, fn, inputs, outputs, options);
  }

  /** Adds a listener that runs after `parent`. */
  chain(
    parent: Dependency,
    condition: ChainCondition,
    fn: Handler | null,
    inputs?: Inputs,
    outputs?: Outputs,
    options?: ListenerOptions,
  ): Dependency {
    // Sessions already running would never see a listener added later, so chains are built with the app too.
    this.assertBuilding([]);
    // Gradio gives a chained listener its own trigger mode, `once` unless told otherwise: it starts
    // after each run of its parent, unless its previous run is still going.
    const dep = this.add(
      [],
      fn,
      inputs,
      outputs,
      {triggerMode: defaultTriggerMode('then'), ...definedOptions(options ?? {})},
      {
        parent,
        condition,
      },
    );
    parent.children.push(dep);
    return dep;
  }

  /** Listeners that a trigger starts directly (not chained ones). */
  listenersOf(block: Block | BlocksApp, event: string): readonly Dependency[] {
    if (!this.triggerIndex) this.triggerIndex = indexTriggers(this.dependencies);
    return this.triggerIndex.get(block)?.get(event as EventName) ?? NONE;
  }

  private add(
    triggers: Trigger[],
    fn: Handler | null,
    inputs: Inputs,
    outputs: Outputs,
    options: ListenerOptions = {},
    after?: Dependency['after'],
  ): Dependency {
    if (fn !== null && typeof fn !== 'function') {
      throw new BuildError(`a listener's handler must be a function or null, got ${typeof fn}`);
    }
    const inputList = toList(inputs);
    const outputList = toList(outputs);
    const id = this.dependencies.length;
    const name = listenerName(fn, options, triggers, after?.parent);
    checkBlocks(name, 'inputs', inputList, b => b instanceof Component, 'a component');
    checkBlocks(name, 'outputs', outputList, isBlock, 'a component or a layout');
    for (const block of [...inputList, ...outputList]) {
      // One waiting unrendered may still be placed in this app; `finish` checks that it was.
      if (block.owner && !this.uses(block.owner)) {
        throw new BuildError(
          `${block.describe()} belongs to another app ("${block.app.title}"), so listener "${name}" of "${this.title}" cannot use it; create it inside this gr.Blocks`,
        );
      }
    }
    const event = triggers[0]?.event ?? 'change';
    const dep = new Dependency(
      this,
      id,
      triggers,
      fn,
      inputList as Component[],
      outputList,
      {triggerMode: defaultTriggerMode(event), showProgress: 'full', ...definedOptions(options)},
      after,
    );
    this.dependencies.push(dep);
    this.triggerIndex = undefined;
    return dep;
  }

  private assertBuilding(triggers: Trigger[]): void {
    const current = buildingApp();
    const foreign = triggers.find(t => t.block !== this && 'owner' in t.block && t.block.owner && !this.uses(t.block.owner));
    if (foreign) {
      const block = foreign.block as Block;
      throw new BuildError(
        `${block.describe()}.${foreign.event} belongs to app "${block.app.title}", not to app "${this.title}": a listener's triggers must come from the app it is attached in`,
      );
    }
    if (current === this) return;
    const what =
      triggers.map(t => `${'describe' in t.block ? t.block.describe() : 'demo'}.${t.event}`).join(', ') ||
      'a chained listener (.then/.success/.failure)';
    if (current) {
      throw new BuildError(
        `${what}: this component belongs to app "${this.title}", but app "${current.title}" is being built; attach listeners inside the app that owns the component`,
      );
    }
    throw new BuildError(`${what}: listeners must be attached inside gr.Blocks(() => { ... }), as in Gradio`);
  }

  /** The app as JSON, shaped like Gradio's `/config`, for tools that inspect apps. */
  config(): BlocksConfig {
    return appConfig(this);
  }

  /** Seals the model: checks every listener's blocks were placed here, infers interactivity and checks State defaults. */
  protected finish(): void {
    for (const dep of this.dependencies) {
      const blocks = [...dep.triggers.map(t => t.block), ...dep.inputs, ...dep.outputs];
      const missing = blocks.find((b): b is Block => !this.uses(b instanceof BlocksApp ? b : (b as Block).owner));
      if (missing) {
        throw new BuildError(
          `${missing.describe()} is used by listener "${dep.name}" of app "${this.title}" but was never rendered in it: create it inside this gr.Blocks, or call .render() on it there`,
        );
      }
    }
    for (const component of this.components) {
      const keep = valueListener(this, component);
      if (keep) this.add(keep.triggers, keep.fn, keep.inputs, component, {showProgress: 'hidden'});
    }
    this.sealed = true;
    resolveInteractive(this);
    for (const component of this.components) component.validate?.();
  }
}

const NONE: readonly Dependency[] = Object.freeze([]);

function indexTriggers(dependencies: readonly Dependency[]): Map<Block | BlocksApp, Map<EventName, Dependency[]>> {
  const index = new Map<Block | BlocksApp, Map<EventName, Dependency[]>>();
  for (const dep of dependencies) {
    for (const {block, event} of dep.triggers) {
      let events = index.get(block);
      if (!events) {
        events = new Map();
        index.set(block, events);
      }
      const list = events.get(event);
      if (!list) events.set(event, [dep]);
      else if (!list.includes(dep)) list.push(dep);
    }
  }
  return index;
}

function toList<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as T];
}

/** A listener's inputs or outputs hold only blocks; `undefined` is most often a component used before it was made. */
function checkBlocks(
  listener: string,
  list: 'inputs' | 'outputs',
  blocks: readonly unknown[],
  accepts: (b: unknown) => boolean,
  expected: string,
): void {
  blocks.forEach((block, index) => {
    if (accepts(block)) return;
    const at = `${list}[${index}]`;
    if (block === undefined) {
      throw new BuildError(
        `listener "${listener}": ${at} is undefined, most likely a component used before it was created: create the component above the listener, or attach the listener after it`,
      );
    }
    throw new BuildError(`listener "${listener}": ${at} must be ${expected}, got ${describe(block)}`);
  });
}

function isBlock(value: unknown): boolean {
  return value instanceof Block;
}

function describe(value: unknown): string {
  if (value && typeof value === 'object' && 'describe' in value && typeof value.describe === 'function') return value.describe();
  return typeof value;
}

function definedOptions(options: ListenerOptions): ListenerOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/**
 * `gr.on(triggers, fn, inputs, outputs)`: one listener for several triggers. `null`
 * triggers means, as in Gradio, when the session loads and on every input's change.
 */
export function on(
  triggers: EventListener | readonly EventListener[] | null,
  fn: Handler | null,
  inputs?: Inputs,
  outputs?: Outputs,
  options?: ListenerOptions,
): Dependency;
/** Gradio's keyword call `gr.on(triggers=..., fn=..., inputs=..., outputs=...)` as one object. */
export function on(keywords: OnKeywords & {fn: Handler | null}): Dependency;
/** Without `fn`, Gradio's decorator `@gr.on(triggers=..., inputs=..., outputs=...)`: returns a function taking the handler. */
export function on(keywords: OnKeywords): ListenerDecorator;
/** `gr.on(triggers, {inputs, outputs})` without a handler: the decorator too, as `@gr.on([a.change, b.change], inputs=...)`. */
export function on(triggers: EventListener | readonly EventListener[] | null, keywords: ListenerKeywords): ListenerDecorator;
export function on(...args: unknown[]): Dependency | ListenerDecorator {
  const [first, second] = args;
  if (isListenerKeywords(first)) {
    const {triggers = null, ...keywords} = first as OnKeywords;
    return keywordListener('gr.on', keywords, args.slice(1), (fn, inputs, outputs, options) =>
      onTriggers(triggers, fn, inputs, outputs, options),
    );
  }
  if (isListenerKeywords(second)) {
    return keywordListener('gr.on', second, args.slice(2), (fn, inputs, outputs, options) =>
      onTriggers(first as EventListener | readonly EventListener[] | null, fn, inputs, outputs, options),
    );
  }
  const [triggers, fn, inputs, outputs, options] = args as Parameters<typeof onTriggers>;
  return onTriggers(triggers, fn, inputs, outputs, options);
}

/** Gradio's keywords of `gr.on`, the triggers among them. */
export interface OnKeywords extends ListenerKeywords {
  triggers?: EventListener | readonly EventListener[] | null;
}

function onTriggers(
  triggers: EventListener | readonly EventListener[] | null,
  fn: Handler | null,
  inputs?: Inputs,
  outputs?: Outputs,
  options?: ListenerOptions,
): Dependency {
  const app = buildingApp();
  if (!app) throw new BuildError('gr.on(...) must be called inside gr.Blocks(() => { ... })');
  const list: Trigger[] =
    triggers === null || triggers === undefined
      ? // Load last, as Gradio, so the listener takes `change`'s trigger mode (always_last).
        [
          ...toList(inputs)
            .filter((input): input is Component => input instanceof Component)
            .map(input => ({block: input, event: 'change' as const})),
          {block: app, event: 'load' as const},
        ]
      : toList(triggers).map((t, index) => asTrigger(t, index, fn));
  if (list.length === 0)
    throw new BuildError("gr.on(...) needs at least one trigger, or null to run on load and on every input's change");
  return app.listen(list, fn, inputs, outputs, options);
}

/**
 * `gr.Blocks(() => {...})` or `gr.Blocks({title}, () => {...})` builds an app at once.
 * Without a callback, `gr.Blocks()` or `gr.Blocks({title})` is an app still to be built
 * by `demo.build(() => {...})`, as Python's `demo = gr.Blocks()` then `with demo:`.
 */
export function blocks(
  ...args:
    | []
    | [options: BlocksOptions]
    | [build: (app: BlocksApp) => void]
    | [options: BlocksOptions, build: (app: BlocksApp) => void]
): BlocksApp {
  const [options, build] = args.length === 2 ? args : typeof args[0] === 'function' ? [{}, args[0]] : [args[0] ?? {}, undefined];
  if (build !== undefined && typeof build !== 'function') {
    throw new BuildError('gr.Blocks: the second argument must be the build callback, gr.Blocks({title}, () => { ... })');
  }
  const app = new BlocksApp(options);
  return build ? app.build(build) : app;
}

/** A trigger given to `gr.on`: an event listener such as `button.click` or `demo.load`. */
function asTrigger(trigger: EventListener | undefined, index: number, fn: Handler | null): Trigger {
  if (typeof trigger === 'function' && trigger.block && typeof trigger.event === 'string') {
    return {block: trigger.block, event: trigger.event};
  }
  const name = fn?.name ? `gr.on(..., ${fn.name})` : 'gr.on(...)';
  const cause =
    trigger === undefined
      ? ' (most likely a component used before it was created)'
      : ': pass an event of a component or the app, such as button.click or demo.load';
  throw new BuildError(`${name}: triggers[${index}] is ${trigger === undefined ? 'undefined' : describe(trigger)}${cause}`);
}
