import type {Block} from '../blocks/Block.js';
import {Component} from '../blocks/Component.js';
import {Global} from '../blocks/components/Global.js';
import type {ShowProgress} from '../blocks/Dependency.js';
import type {Update} from '../blocks/update.js';
import {deepEqual} from './deep-equal.js';
import type {Logger} from './logger.js';
import {NoticeBoard} from './notices.js';
import type {SessionHost} from './SessionHost.js';

/** What a session tells its subscribers: something on screen may have changed, or the session ended. */
export type SessionEvent = {readonly type: 'update'} | {readonly type: 'closed'};

/** How an output shows that an event writing to it is running. */
export interface OutputStatus {
  /** The listener running. */
  readonly listener: string;
  /** When it started, in ms since the epoch (for the elapsed time). */
  readonly startedAt: number;
  readonly showProgress: ShowProgress;
  /** Set by `progress(fraction, description)`; fraction null means a spinner. */
  readonly progress?: {readonly fraction: number | null; readonly description?: string};
}

const UPDATE: SessionEvent = {type: 'update'};

/**
 * One session's data: component values, per-session prop overrides, what is
 * running, notices, and who to tell when any of it changes. Knows nothing of events.
 */
export class SessionStore {
  readonly notices: NoticeBoard;
  private readonly values = new Map<Component, unknown>();
  private readonly overrides = new Map<Block, Record<string, unknown>>();
  private readonly propsCache = new Map<Block, Readonly<Record<string, unknown>>>();
  private readonly statuses = new Map<Block, {token: object; status: OutputStatus}>();
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  /** Blocks a `gr.render` run made and a later run freed: a run still in flight cannot store into them again. */
  private readonly freed = new WeakSet<Block>();

  constructor(
    private readonly host: SessionHost,
    /** The session's logger (its own or the host's), for subscribers that throw. */
    private readonly logger: () => Logger = () => host.logger,
    /** The session's clock, which stamps each notice (a toast expires on it). */
    now: () => number = () => host.clock.now(),
  ) {
    this.notices = new NoticeBoard(now);
  }

  /** Gives every component its first value for this session. */
  initialise(components: readonly Component[]): void {
    for (const component of components) {
      if (!(component instanceof Global)) this.values.set(component, component.initialValue());
    }
  }

  value(component: Component): unknown {
    return component instanceof Global ? this.host.globalValue(component) : this.values.get(component);
  }

  /** Props as this session sees them: the app's, with `interactive` resolved, then this session's updates. */
  props(block: Block): Readonly<Record<string, unknown>> {
    let props = this.propsCache.get(block);
    if (!props) {
      const base = block instanceof Component ? {...block.props, interactive: block.interactive} : {...block.props};
      const merged: Record<string, unknown> = {...base, ...this.overrides.get(block)};
      if (block instanceof Component && !block.acceptsUserInput) merged.interactive = false;
      props = Object.freeze(merged);
      if (!this.freed.has(block)) this.propsCache.set(block, props);
    }
    return props;
  }

  /** What a handler receives for a component: its value through the component's `preprocess`. */
  handlerValue(component: Component): unknown {
    return component.preprocess(this.value(component), this.props(component));
  }

  /** Stores a value through the component's `postprocess`; says whether it differs from before. */
  setValue(component: Component, raw: unknown): boolean {
    if (this.freed.has(component)) return false;
    const next = component.postprocess(raw, this.props(component));
    if (component instanceof Global) return this.host.setGlobal(component, next);
    const previous = this.values.get(component);
    this.values.set(component, next);
    return !deepEqual(previous, next);
  }

  /** Applies `gr.update({...})`: props for this session, then the value if one was given. Says whether the value changed. */
  applyUpdate(block: Block, update: Update): boolean {
    if (this.freed.has(block)) return false;
    const {value, ...props} = update.changes;
    if (Object.keys(props).length > 0) {
      this.overrides.set(block, {...this.overrides.get(block), ...props});
      this.propsCache.delete(block);
    }
    if (!(block instanceof Component)) return false;
    if ('value' in update.changes) return this.setValue(block, value);
    // New props may change what the value must look like (a Dropdown made multiselect holds a list).
    if (Object.keys(props).length > 0 && !(block instanceof Global)) return this.setValue(block, this.values.get(block));
    return false;
  }

  status(block: Block): OutputStatus | undefined {
    return this.statuses.get(block)?.status;
  }

  markRunning(blocks: readonly Block[], token: object, status: OutputStatus): void {
    for (const block of blocks) if (!this.freed.has(block)) this.statuses.set(block, {token, status});
  }

  setProgress(blocks: readonly Block[], token: object, progress: OutputStatus['progress']): void {
    for (const block of blocks) {
      const entry = this.statuses.get(block);
      if (entry?.token === token) this.statuses.set(block, {token, status: {...entry.status, progress}});
    }
  }

  clearRunning(blocks: readonly Block[], token: object): void {
    for (const block of blocks) if (this.statuses.get(block)?.token === token) this.statuses.delete(block);
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(event: SessionEvent = UPDATE): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger().error('a session subscriber threw', error);
      }
    }
  }

  /** Drops all a session held for blocks that left its tree (a `gr.render` run replaced), for good. */
  forget(blocks: readonly Block[]): void {
    for (const block of blocks) {
      this.freed.add(block);
      if (block instanceof Component) this.values.delete(block);
      this.overrides.delete(block);
      this.propsCache.delete(block);
      this.statuses.delete(block);
    }
  }

  /** How many values the session holds: one per component it shows (a test counts them for leaks). */
  get size(): number {
    return this.values.size;
  }

  /** Drops everything the session held, after `closed` was announced. */
  clear(): void {
    this.listeners.clear();
    this.values.clear();
    this.statuses.clear();
  }

  /** Values of States, for their delete callbacks when the session ends. */
  entries(): IterableIterator<[Component, unknown]> {
    return this.values.entries();
  }

  /** Puts a State back to a fresh default (its timeToLive expired). */
  reset(component: Component): void {
    if (this.freed.has(component)) return;
    this.values.set(component, component.initialValue());
  }
}
