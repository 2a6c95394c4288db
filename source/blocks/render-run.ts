import type {Block, RenderKey} from './Block.js';
import {BlocksApp} from './Blocks.js';
import {withParent} from './build-context.js';
import type {ChainCondition, Dependency, ListenerOptions, Trigger} from './Dependency.js';
import {BuildError} from './errors.js';
import type {Handler, Inputs, Outputs} from './events.js';
import type {Renderable} from './render.js';

/** Where a run starts: the first id it may give, and the run it replaces (whose keyed blocks it takes over). */
export interface RunStart {
  readonly firstId: number;
  readonly previous: RenderRun | undefined;
}

/**
 * What one run of a `gr.render` built for one session: its blocks (its top-level ones
 * are its `children`) and its listeners, which may use the app's blocks too. It is a
 * small app of its own, so everything that builds an app (layouts, `.click`, `gr.on`,
 * chains) builds it unchanged. The session that ran it holds it until the next run.
 */
export class RenderRun extends BlocksApp {
  /** Keyed blocks by key and kind, for the next run. */
  readonly keyed = new Map<string, Block>();
  /** Blocks that took over a keyed block of the previous run: new → old. */
  readonly kept = new Map<Block, Block>();
  /** Keyed listeners by key, for the next run. */
  readonly keyedListeners = new Map<string, Dependency>();
  /** Listeners that took over a keyed listener of the previous run: new → old. */
  readonly keptListeners = new Map<Dependency, Dependency>();

  /** The run this one replaces, until the session has handed its keyed blocks and listeners over. */
  private previous: RenderRun | undefined;

  private constructor(
    readonly base: BlocksApp,
    readonly renderable: Renderable,
    start: RunStart,
  ) {
    super({title: base.title});
    this.lastId = start.firstId - 1;
    this.previous = start.previous;
  }

  /**
   * Runs `renderable`'s function with `args` (its inputs' values, and the context when
   * it asks for it) as the place new blocks attach to, and seals what it built. A
   * function that throws builds nothing (the previous run stays).
   */
  static build(renderable: Renderable, args: readonly unknown[], start: RunStart): RenderRun {
    const base = renderable.app instanceof RenderRun ? renderable.app.base : renderable.app;
    const run = new RenderRun(base, renderable, start);
    withParent(run, run, `gr.render ${renderable.name}`, () => renderable.fn(...args));
    run.finish();
    return run;
  }

  /**
   * The session has carried what the keyed blocks and listeners take over: forget the
   * previous run, so a session holds one run per render, not the chain of all of them.
   */
  handedOver(): void {
    this.previous = undefined;
    this.kept.clear();
    this.keptListeners.clear();
  }

  /** The last id this run gave (the next run of the session starts after it). */
  get lastBlockId(): number {
    return this.lastId;
  }

  /** A run's listeners use its own blocks, those of the app, and those of the outer runs it is nested in. */
  override uses(app: BlocksApp | undefined): boolean {
    if (app === this || app === this.base) return true;
    return this.renderable.app !== this.base && this.renderable.app.uses(app);
  }

  /**
   * `demo.load` (or `gr.on([demo.load])`) inside a render means "when this run is
   * rendered": Gradio's page fires the load listeners a render brings as soon as it
   * arrives. So a load trigger of the app (or of an outer run) becomes this run's load.
   */
  override listen(
    triggers: Trigger[],
    fn: Handler | null,
    inputs?: Inputs,
    outputs?: Outputs,
    options?: ListenerOptions,
  ): Dependency {
    const own = triggers.map(trigger =>
      trigger.event === 'load' && trigger.block instanceof BlocksApp && trigger.block !== this && this.uses(trigger.block)
        ? {block: this, event: 'load' as const}
        : trigger,
    );
    return this.keepListener(super.listen(own, fn, inputs, outputs, options));
  }

  override chain(
    parent: Dependency,
    condition: ChainCondition,
    fn: Handler | null,
    inputs?: Inputs,
    outputs?: Outputs,
    options?: ListenerOptions,
  ): Dependency {
    return this.keepListener(super.chain(parent, condition, fn, inputs, outputs, options));
  }

  /** A keyed listener takes over the previous run's listener with that key, as Gradio reuses its id. */
  private keepListener(dep: Dependency): Dependency {
    const key = dep.options.key;
    if (key === undefined || key === null) return dep;
    const name = JSON.stringify(key);
    if (this.keyedListeners.has(name)) {
      throw new BuildError(
        `gr.render ${this.renderable.name}: listener key ${describeKey(key)} is given to two listeners in one run`,
      );
    }
    this.keyedListeners.set(name, dep);
    const old = this.previous?.keyedListeners.get(name);
    if (old) this.keptListeners.set(dep, old);
    return dep;
  }

  /** A keyed block takes the id of the previous run's block with that key and kind, as Gradio's key_to_id_map. */
  override register(block: Block): number {
    const id = super.register(block);
    const key = block.props.key;
    if (key === undefined || key === null) return id;
    const name = `${block.type}:${JSON.stringify(key)}`;
    if (this.keyed.has(name)) {
      throw new BuildError(
        `gr.render ${this.renderable.name}: key ${describeKey(key)} is given to two ${block.type}s in one run`,
      );
    }
    this.keyed.set(name, block);
    const old = this.previous?.keyed.get(name);
    if (!old) return id;
    this.kept.set(block, old);
    return old.id;
  }
}

function describeKey(key: RenderKey): string {
  return JSON.stringify(key);
}
