import type {Block} from '../blocks/Block.js';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {Container} from '../blocks/build-context.js';
import {Component} from '../blocks/Component.js';
import type {Global} from '../blocks/components/Global.js';
import {State} from '../blocks/components/State.js';
import {Timer} from '../blocks/components/Timer.js';
import type {Dependency} from '../blocks/Dependency.js';
import type {EventName, HandlerContext, SessionUser} from '../blocks/events.js';
import {handlerArguments} from '../blocks/handler-arguments.js';
import type {Renderable} from '../blocks/render.js';
import {everyMs} from '../blocks/value-listener.js';
import type {Clock} from './clock.js';
import {unref} from './clock.js';
import {currentRun} from './current-session.js';
import {Dispatcher, type DispatchTarget} from './Dispatcher.js';
import type {Logger} from './logger.js';
import type {Notice} from './notices.js';
import {progressOf} from './progress-tqdm.js';
import type {SessionHost} from './SessionHost.js';
import {SessionRenders} from './SessionRenders.js';
import {type OutputStatus, type SessionEvent, SessionStore} from './SessionStore.js';
import {TaskGroup} from './TaskGroup.js';
import {Timekeeper} from './Timekeeper.js';

export interface SessionOptions {
  /** Who the session is for: handlers see it as `context.user`. */
  user?: SessionUser | string;
  /** A session id; default a random one. */
  id?: string;
  /** Where this session's handler failures are logged; default the host's logger. */
  logger?: Logger;
  /** The time this session lives on (handlers' sleeps, Timers, `every`, toasts); default the host's, real time. */
  clock?: Clock;
}

/** Using a session after `close()`: nothing can run for a user who has left. */
export class SessionClosedError extends Error {
  constructor(id: string, action: string) {
    super(`session ${id} is closed: cannot ${action}`);
    this.name = 'SessionClosedError';
  }
}

/**
 * One user's live app, with no screen: what a renderer draws and what a test
 * drives. `set`/`click`/`submit`/`trigger` act as the user would and resolve when
 * everything they started (chains, streamed outputs, change events) has settled;
 * a trigger that its listener's trigger mode drops resolves at once. A failing
 * handler never rejects them (it becomes a notice); they reject only for a
 * mistake in the action itself, e.g. a closed session (SessionClosedError).
 */
export class Session implements DispatchTarget {
  readonly app: BlocksApp;
  readonly store: SessionStore;
  private readonly dispatcher: Dispatcher;
  /** The blocks this session's `gr.render` runs made (the part of its tree that is its own). */
  private readonly renders: SessionRenders;
  private readonly abort = new AbortController();
  /** The session's clock, and which runs wait on it (what a tape needs to know before moving time on). */
  readonly timekeeper: Timekeeper;
  /** The pending tick of each Timer, and of each component re-evaluated `every` so often. */
  private readonly timers = new Map<Component, unknown>();
  private readonly lifetimes = new Map<State, unknown>();
  private closing: Promise<void> | undefined;

  constructor(
    readonly host: SessionHost,
    readonly id: string,
    readonly user: SessionUser | undefined,
    private readonly ownLogger?: Logger,
    clock: Clock = host.clock,
  ) {
    this.app = host.app;
    this.timekeeper = new Timekeeper(clock, this.abort.signal);
    this.store = new SessionStore(
      host,
      () => this.logger,
      () => clock.now(),
    );
    this.dispatcher = new Dispatcher(this);
    this.renders = new SessionRenders(this.app, this.store, {
      adopt: components => this.adopt(components),
      release: components => this.release(components),
    });
  }

  /** The time this session lives on. */
  get clock(): Clock {
    return this.timekeeper.clock;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get closed(): boolean {
    return this.closing !== undefined;
  }

  get logger(): Logger {
    return this.ownLogger ?? this.host.logger;
  }

  /** Initialises values, starts Timers and runs `demo.load` listeners. Called once by the host. */
  start(): void {
    this.store.initialise(this.app.components);
    this.adopt(this.app.components);
    this.dispatcher.fire(this.app, 'load', undefined, []);
  }

  /** The blocks a layout (or the app) shows in this session: a `gr.render` shows what its latest run made. */
  children(container: Container): readonly Block[] {
    return this.renders.children(container);
  }

  /** Every block this session shows: the app's, then those of its live `gr.render` runs. */
  get blocks(): readonly Block[] {
    return this.renders.active ? [...this.app.blocks, ...this.renders.blocks] : this.app.blocks;
  }

  /** Every component this session shows, as `blocks`. */
  get components(): readonly Component[] {
    return this.renders.active ? this.blocks.filter((b): b is Component => b instanceof Component) : this.app.components;
  }

  /** The listeners `block.event` starts in this session: the app's and those its renders attached. */
  listenersOf(block: Block | BlocksApp, event: EventName): readonly Dependency[] {
    const own = this.app.listenersOf(block, event);
    return this.renders.active ? [...own, ...this.renders.listenersOf(block, event)] : own;
  }

  /** Counts the times a `gr.render` rebuilt part of this session's tree, so a screen knows to look again. */
  get treeVersion(): number {
    return this.renders.version;
  }

  /** Whether `block` is in this session's tree (an app block, or one of a live render run). */
  shows(block: Block): boolean {
    return block.owner === this.app || this.renders.holds(block.owner);
  }

  /** The block with the same `key` that replaced `block` when its render ran again, if any. */
  successor(block: Block): Block | undefined {
    return this.renders.successor(block);
  }

  /** The listener with the same `key` that replaced `dep` when its render ran again, if any. */
  heir(dep: Dependency): Dependency | undefined {
    return this.renders.heir(dep);
  }

  /** Whether a listener is still attached here (a render's run that was replaced took its listeners along). */
  listens(dep: Dependency): boolean {
    return dep.app === this.app || this.renders.holds(dep.app);
  }

  /** Runs a `gr.render` with its inputs' values; then what the new run declared for its load runs. */
  runRender(renderable: Renderable, values: readonly unknown[], groups: readonly TaskGroup[]): void {
    const run = this.renders.run(renderable, values);
    this.store.notify();
    this.dispatcher.fire(run, 'load', undefined, groups);
  }

  /** The value a component holds in this session (what is shown; for State, the session's own object). */
  value(component: Component): unknown {
    this.assertOwn(component);
    return this.store.value(component);
  }

  /** The component's props in this session: the app's, with `interactive` resolved, then this session's `gr.update`s. */
  props(block: Block): Readonly<Record<string, unknown>> {
    this.assertOwn(block);
    return this.store.props(block);
  }

  /** Whether an event writing to `block` is running, with its progress. */
  status(block: Block): OutputStatus | undefined {
    return this.store.status(block);
  }

  /** Errors, warnings and infos shown to this user, oldest first. */
  get notices(): readonly Notice[] {
    return this.store.notices.all;
  }

  /** Shows this user a toast from outside any handler (the front end's own news, such as "reloaded"). */
  showNotice(level: Notice['level'], message: string, options?: {title?: string; duration?: number | null}): Notice {
    const notice = this.store.notices.add(level, message, options);
    this.store.notify();
    return notice;
  }

  /** Removes a notice (the user dismissed its toast). */
  dismiss(id: number): void {
    if (this.store.notices.dismiss(id)) this.store.notify();
  }

  /** Calls `listener` whenever something shown may have changed, and once with `closed`. Returns an unsubscribe. */
  subscribe(listener: (event: SessionEvent) => void): () => void {
    return this.store.subscribe(listener);
  }

  /**
   * The user enters a value: stored through the component's `postprocess`, then
   * `input` and (if it differs) `change` fire. Rejects, running nothing, when the
   * session is closed (SessionClosedError), the component is not interactive, or
   * the value cannot be stored (a gr.Error, e.g. text that is not a number).
   */
  set(component: Component, value: unknown): Promise<void> {
    return this.act(() => {
      this.assertUsable(component, 'set a value');
      if (!(component instanceof Component) || !this.store.props(component).interactive) {
        throw new Error(`${component.describe()} is not interactive: a user cannot enter a value into it`);
      }
      const changed = this.store.setValue(component, value);
      this.store.notify();
      const group = new TaskGroup();
      this.dispatcher.fire(component, 'input', undefined, [group]);
      if (changed) this.dispatcher.fire(component, 'change', undefined, [group]);
      return group;
    });
  }

  /** The user clicks a button. Rejects when the session is closed or the button is static or hidden. */
  click(button: Component): Promise<void> {
    return this.act(() => {
      this.assertInteractive(button, 'click');
      return this.fire(button, 'click', undefined);
    });
  }

  /** The user presses Enter in a box. Rejects when the session is closed or the box is static or hidden. */
  submit(component: Component): Promise<void> {
    return this.act(() => {
      this.assertInteractive(component, 'submit');
      return this.fire(component, 'submit', undefined);
    });
  }

  /**
   * Fires any event of a block (or of the app: `load`) with optional data, e.g.
   * SelectData for `select`, whether or not a user could. Rejects when the session
   * is closed or a component has no such event.
   */
  trigger(block: Block | BlocksApp, event: EventName, data?: unknown): Promise<void> {
    return this.act(() => {
      this.assertUsable(block, `trigger ${event}`);
      if (block instanceof Component && !block.events.includes(event)) {
        throw new Error(`${block.describe()} has no "${event}" event; its events are: ${block.events.join(', ')}`);
      }
      return this.fire(block, event, data);
    });
  }

  /** Resolves when nothing runs in this session (load, timers' ticks and streams included). */
  idle(): Promise<void> {
    return this.dispatcher.all.settled();
  }

  /** Whether any event of this session is running. */
  get busy(): boolean {
    return this.dispatcher.all.busy;
  }

  /**
   * Ends the session: running handlers see their `signal` abort and their outputs
   * are dropped, timers stop, `unload` listeners run (each bounded in time), then
   * every State's `deleteCallback`. Safe to call more than once.
   */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  /** A Global this session can see changed: run its `change` listeners here. */
  globalChanged(global: Global, groups: readonly TaskGroup[]): void {
    this.store.notify();
    this.dispatcher.fire(global, 'change', undefined, groups);
  }

  /** After a handler wrote a component: a Timer follows its new props, a State's lifetime starts again. */
  written(component: Component): void {
    if (component instanceof Timer) this.restartTimer(component);
    else if (component instanceof State) this.renewLifetime(component);
  }

  private fire(block: Block | BlocksApp, event: EventName, data: unknown): TaskGroup {
    const group = new TaskGroup();
    this.dispatcher.fire(block, event, data, [group]);
    return group;
  }

  /**
   * Runs what a user action starts and resolves when it has settled. A mistake in
   * the action (closed session, static component) rejects the returned promise
   * rather than throwing, so `s.click(b).catch(...)` sees every failure.
   */
  private act(start: () => TaskGroup): Promise<void> {
    try {
      return start().settled();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private async shutdown(): Promise<void> {
    this.abort.abort(new SessionClosedError(this.id, 'continue'));
    for (const timer of this.timers.values()) this.clock.clearTimeout(timer);
    for (const lifetime of this.lifetimes.values()) this.clock.clearTimeout(lifetime);
    this.timers.clear();
    this.lifetimes.clear();
    this.dispatcher.cancelQueued();
    for (const dep of this.app.listenersOf(this.app, 'unload')) {
      await this.runUnload(dep.fn as (context: HandlerContext) => unknown, dep.name);
    }
    this.renders.close();
    for (const [component, value] of this.store.entries()) {
      if (component instanceof State && component.props.deleteCallback) this.callDelete(component, value);
    }
    this.host.forget(this);
    this.store.notify({type: 'closed'});
    this.store.clear();
  }

  /**
   * Runs one `unload` handler with the usual context. Its `signal` is its own (the
   * session's has already aborted): it aborts when the handler overruns its time,
   * so clean-up work such as a final fetch can still run. Toasts go nowhere.
   */
  private async runUnload(fn: (context: HandlerContext) => unknown, name: string): Promise<void> {
    let timeout: unknown;
    const deadline = new AbortController();
    const limit = new Promise<'timeout'>(resolve => {
      timeout = this.clock.setTimeout(() => {
        deadline.abort(new Error(`unload listener "${name}" ran out of time`));
        resolve('timeout');
      }, this.host.unloadTimeoutMs);
    });
    try {
      const ignore = () => {};
      const context: HandlerContext = {
        sessionId: this.id,
        user: this.user,
        signal: deadline.signal,
        event: {target: this.app, type: 'unload', data: undefined},
        progress: progressOf(ignore),
        info: ignore,
        warning: ignore,
        sleep: ms => this.timekeeper.sleep(ms, deadline.signal),
      };
      const call = fn as (...args: unknown[]) => unknown;
      const run = () => currentRun.run(context, () => call(...handlerArguments(fn, [], context)));
      const result = await Promise.race([Promise.resolve().then(run), limit]);
      if (result === 'timeout')
        this.logger.warn(
          `session ${this.id}: unload listener "${name}" took longer than ${this.host.unloadTimeoutMs} ms; moving on`,
        );
    } catch (error) {
      this.logger.error(`session ${this.id}: unload listener "${name}" threw`, error);
    } finally {
      this.clock.clearTimeout(timeout);
    }
  }

  private callDelete(state: State, value: unknown): void {
    // A State a gr.render run made is deleted once, when the run leaves.
    if (!this.shows(state)) return;
    try {
      state.props.deleteCallback?.(value);
    } catch (error) {
      this.logger.error(`session ${this.id}: deleteCallback of ${state.describe()} threw`, error);
    }
  }

  /** Components arrive (the app's at start, a render run's later): Timers start, States' lifetimes begin. */
  private adopt(components: readonly Component[]): void {
    for (const component of components) {
      if (component instanceof Timer) this.restartTimer(component);
      if (component instanceof State) this.renewLifetime(component);
      // A function value with `every: seconds` ticks on its own, as a Timer would (value-listener.ts).
      const every = everyMs(component);
      if (every !== undefined) this.tickEvery(component, every);
    }
  }

  /** A render run's components leave: their ticks (Timer, `every`) and lifetimes stop, their States are deleted. */
  private release(components: readonly Component[]): void {
    for (const component of components) {
      this.clock.clearTimeout(this.timers.get(component as Timer));
      this.timers.delete(component as Timer);
      this.clock.clearTimeout(this.lifetimes.get(component as State));
      this.lifetimes.delete(component as State);
      if (component instanceof State && component.props.deleteCallback) this.callDelete(component, this.store.value(component));
    }
  }

  private restartTimer(timer: Timer): void {
    this.clock.clearTimeout(this.timers.get(timer));
    this.timers.delete(timer);
    const props = this.store.props(timer);
    if (this.closed || props.active === false) return;
    this.tickEvery(timer, (this.store.value(timer) as number) * 1000);
  }

  /** Fires `block.tick` every `periodMs` on the session's clock, due at whole periods from now as setInterval's are. */
  private tickEvery(block: Component, periodMs: number): void {
    let due = this.clock.now() + periodMs;
    const arm = () => {
      this.timers.set(
        block,
        this.clock.setTimeout(() => {
          if (this.closed) return;
          due += periodMs;
          arm();
          this.dispatcher.fire(block, 'tick', undefined, []);
        }, due - this.clock.now()),
      );
    };
    arm();
  }

  private renewLifetime(state: State): void {
    const ttl = state.props.timeToLive;
    if (ttl === undefined || this.closed) return;
    this.clock.clearTimeout(this.lifetimes.get(state));
    const handle = this.clock.setTimeout(() => {
      this.lifetimes.delete(state);
      if (this.closed) return;
      this.callDelete(state, this.store.value(state));
      this.store.reset(state);
      this.store.notify();
    }, ttl * 1000);
    // An expiring State must not keep a finished process alive.
    unref(handle);
    this.lifetimes.set(state, handle);
  }

  private assertOwn(block: Block | BlocksApp): void {
    const owner = block === this.app ? this.app : (block as Block).owner;
    if (this.renders.holds(owner)) return;
    if (owner && owner !== this.app && owner.uses(this.app)) {
      throw new Error(
        `${(block as Block).describe()} was made by a gr.render run this session does not show (one the render replaced since, or another session's): use the blocks its latest run made here`,
      );
    }
    const app = block === this.app ? this.app : (block as Block).app;
    if (app !== this.app) {
      throw new Error(
        `${(block as Block).describe()} belongs to app "${app.title}", not to this session's app "${this.app.title}"`,
      );
    }
  }

  private assertUsable(block: Block | BlocksApp, action: string): void {
    if (this.closed) throw new SessionClosedError(this.id, action);
    this.assertOwn(block);
  }

  private assertInteractive(block: Component, action: string): void {
    this.assertUsable(block, action);
    const props = this.store.props(block);
    if (!props.interactive) throw new Error(`${block.describe()} is not interactive: a user cannot ${action} it`);
    if (props.visible === false) throw new Error(`${block.describe()} is hidden: a user cannot ${action} it`);
  }
}
