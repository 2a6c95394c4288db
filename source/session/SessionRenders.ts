import type {Block} from '../blocks/Block.js';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {Container} from '../blocks/build-context.js';
import type {Component} from '../blocks/Component.js';
import type {Dependency} from '../blocks/Dependency.js';
import type {EventName} from '../blocks/events.js';
import {handlerArguments} from '../blocks/handler-arguments.js';
import {type Renderable, renderableAt} from '../blocks/render.js';
import {RenderRun} from '../blocks/render-run.js';
import {update} from '../blocks/update.js';
import {currentRun} from './current-session.js';
import type {SessionStore} from './SessionStore.js';

/** What a session does when blocks arrive or leave: Timers start or stop, States' lifetimes and delete callbacks. */
export interface RenderHooks {
  adopt(components: readonly Component[]): void;
  release(components: readonly Component[]): void;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The `gr.render` runs of one session: the blocks and listeners each render's latest
 * run made, what its placeholder shows, and the freeing of a run when the next one
 * replaces it or the session ends. The one place a session's tree differs from its app's.
 */
export class SessionRenders {
  private readonly runs = new Map<Renderable, RenderRun>();
  private nextId: number;
  /** Changes whenever a run replaced another, so a screen knows to look at its tree again. */
  version = 0;
  /** Keyed blocks of freed runs, to the block of the next run that took their place (weak: gone with them). */
  private readonly successors = new WeakMap<Block, Block>();
  /** Keyed listeners of freed runs, to the listener of the next run that took their key. */
  private readonly heirs = new WeakMap<Dependency, Dependency>();

  constructor(
    private readonly app: BlocksApp,
    private readonly store: SessionStore,
    private readonly hooks: RenderHooks,
  ) {
    this.nextId = Math.max(0, ...app.blocks.map(block => block.id)) + 1;
  }

  /** Whether any render has a live run (when none has, the session's tree is the app's). */
  get active(): boolean {
    return this.runs.size > 0;
  }

  /** The blocks a layout shows in this session: a render's placeholder shows its latest run's. */
  children(container: Container): readonly Block[] {
    const renderable = renderableAt(container);
    if (!renderable) return container.children;
    return this.runs.get(renderable)?.children ?? NONE;
  }

  /** Whether `app` is the latest run of one of this session's renders (its blocks are live). */
  holds(app: BlocksApp | undefined): boolean {
    return app instanceof RenderRun && this.runs.get(app.renderable) === app;
  }

  /** Listeners the live runs attached to `block.event`. */
  listenersOf(block: Block | BlocksApp, event: EventName): Dependency[] {
    const found: Dependency[] = [];
    for (const run of this.runs.values()) found.push(...run.listenersOf(block, event));
    return found;
  }

  /** Every block of the live runs, in creation order. */
  get blocks(): Block[] {
    return [...this.runs.values()].flatMap(run => run.blocks);
  }

  /** The block a later run made with the key of `block`, which that run freed; undefined if none did. */
  successor(block: Block): Block | undefined {
    let next = this.successors.get(block);
    while (next && this.successors.has(next)) next = this.successors.get(next);
    return next;
  }

  /** The listener a later run made with the key of `dep`, which that run freed; undefined if none did. */
  heir(dep: Dependency): Dependency | undefined {
    let next = this.heirs.get(dep);
    while (next && this.heirs.has(next)) next = this.heirs.get(next);
    return next;
  }

  /**
   * Runs `renderable` with `values`: its new blocks get their first values (keyed ones
   * the values and preserved props of the blocks they replace), then the previous run,
   * and any render nested in it, is freed. If the function throws, nothing changes.
   */
  run(renderable: Renderable, values: readonly unknown[]): RenderRun {
    const previous = this.runs.get(renderable);
    // As a handler: its inputs' values, and the context only if it declares a parameter for it.
    const context = currentRun.getStore();
    const args = context ? handlerArguments(renderable.fn, values, context) : values;
    const run = RenderRun.build(renderable, args, {firstId: this.nextId, previous});
    this.nextId = run.lastBlockId + 1;
    this.store.initialise(run.components);
    for (const [block, old] of run.kept) this.carry(old, block);
    for (const [dep, old] of run.keptListeners) this.heirs.set(old, dep);
    run.handedOver();
    if (previous) this.free(previous);
    this.runs.set(renderable, run);
    this.hooks.adopt(run.components);
    this.version++;
    return run;
  }

  /** Frees every run (the session ends). */
  close(): void {
    for (const run of [...this.runs.values()]) if (this.holds(run)) this.free(run);
    this.runs.clear();
    this.version++;
  }

  /** A keyed block's value (and the other props it preserves) passes to the block that replaces it. */
  private carry(old: Block, block: Block): void {
    this.successors.set(old, block);
    const preserved = block.props.preservedByKey === undefined ? ['value'] : toList(block.props.preservedByKey);
    const oldProps = this.store.props(old);
    const changes: Record<string, unknown> = {};
    for (const name of preserved) {
      if (name === 'value') {
        if ('initial' in old) changes.value = this.store.value(old as Component);
      } else if (name in oldProps) changes[name] = oldProps[name];
    }
    if (Object.keys(changes).length > 0) this.store.applyUpdate(block, update(changes));
  }

  private free(run: RenderRun): void {
    // Renders nested in this run go with it.
    for (const [renderable, nested] of [...this.runs]) {
      if (renderable.app === run) this.free(nested);
    }
    // Released while still held, so its States' delete callbacks see their values.
    this.hooks.release(run.components);
    if (this.runs.get(run.renderable) === run) this.runs.delete(run.renderable);
    this.store.forget(run.blocks);
  }
}

function toList(value: string | readonly string[] | null): string[] {
  if (value === null) return [];
  return typeof value === 'string' ? [value] : [...value];
}
