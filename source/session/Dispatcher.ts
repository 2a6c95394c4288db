import type {Block} from '../blocks/Block.js';
import type {BlocksApp} from '../blocks/Blocks.js';
import {Component} from '../blocks/Component.js';
import {Global} from '../blocks/components/Global.js';
import {State} from '../blocks/components/State.js';
import type {Dependency} from '../blocks/Dependency.js';
import {type NoticeOptions, TermblocksError} from '../blocks/errors.js';
import type {EventData, EventName, HandlerContext, SessionUser} from '../blocks/events.js';
import {handlerArguments} from '../blocks/handler-arguments.js';
import {type Renderable, renderableOf} from '../blocks/render.js';
import {SKIP, Update} from '../blocks/update.js';
import {currentRun, type RunScope} from './current-session.js';
import {deepEqual} from './deep-equal.js';
import {GLOBAL_WRITE_ATTEMPTS, GlobalConflictError, globalWrites, tooManyConflicts} from './global-writes.js';
import type {Logger} from './logger.js';
import {collectOutputs, OutputMismatchError} from './outputs.js';
import {progressOf} from './progress-tqdm.js';
import type {SessionHost} from './SessionHost.js';
import type {SessionStore} from './SessionStore.js';
import {TaskGroup} from './TaskGroup.js';
import type {Timekeeper} from './Timekeeper.js';

// Bound on one session's handler runs:
//   RUNS_IN_FLIGHT   64   runs started and not yet finished; past it, a `multiple` listener's new
//                        triggers coalesce into one waiting run, as `always_last` does
// So a flood of triggers (a held Enter on a button) queues at most one run per listener.

type Outcome = 'success' | 'failure';

/** Runs of one session in flight at once before `multiple` listeners coalesce their triggers. */
export const RUNS_IN_FLIGHT = 64;

/** What the dispatcher needs from the session it runs events for. */
export interface DispatchTarget {
  readonly id: string;
  readonly user: SessionUser | undefined;
  readonly app: BlocksApp;
  readonly store: SessionStore;
  readonly host: SessionHost;
  readonly signal: AbortSignal;
  readonly closed: boolean;
  /** The session's clock, and the runs waiting on it. */
  readonly timekeeper: Timekeeper;
  /** Where the developer reads what the user must not see: stacks, warnings about returns. */
  readonly logger: Logger;
  /** Called after outputs were written: timers restart, State lifetimes renew. */
  written(component: Component): void;
  /** The listeners `block.event` starts in this session (its `gr.render` runs add their own). */
  listenersOf(block: Block | BlocksApp, event: EventName): readonly Dependency[];
  /** Whether a listener is still attached (a render run that was replaced took its listeners along). */
  listens(dep: Dependency): boolean;
  /** The keyed listener of a later render run that took `dep`'s place, if any. */
  heir(dep: Dependency): Dependency | undefined;
  /** The keyed block of a later render run that took `block`'s place, if any. */
  successor(block: Block): Block | undefined;
  /** Runs a `gr.render` with its inputs' values (see SessionRenders.ts). */
  runRender(renderable: Renderable, values: readonly unknown[], groups: readonly TaskGroup[]): void;
}

interface Queued {
  event: EventData;
  groups: TaskGroup[];
}

/**
 * Runs one session's events with Gradio's semantics: trigger modes per listener,
 * chains (`then`/`success`/`failure`), server-wide concurrency limits, streaming
 * generators, errors turned into notices, and the `change` events that outputs
 * cause. Every run is counted in the groups of the triggers that led to it.
 *
 * Trigger modes, per listener and per session, as Gradio's front end applies them:
 * `once` drops a trigger while a run of the listener is pending; `multiple` starts
 * every trigger (until the session has RUNS_IN_FLIGHT runs, then it coalesces as `always_last`); `always_last` keeps only the latest trigger that arrives while a
 * run is pending and starts it when that run ends. A run reads its inputs when it
 * starts; since every change of an input triggers `change` again, an `always_last`
 * run sees the values of the last trigger, as in Gradio.
 */
/** How long a handler may hold the event loop before the log names it. */
export const BLOCKED_LOOP_MS = 1000;

export class Dispatcher {
  /** Every run of the session, for `idle()`. */
  readonly all = new TaskGroup();
  private readonly running = new Map<Dependency, number>();
  private readonly queued = new Map<Dependency, Queued>();
  private inFlight = 0;

  constructor(private readonly session: DispatchTarget) {}

  /** Starts the listeners of `block.event`; `groups` learn of every run that follows from it. */
  fire(block: Block | BlocksApp, event: EventName, data: unknown, groups: readonly TaskGroup[]): void {
    const listeners = this.session.listenersOf(block, event);
    if (listeners.length === 0) return;
    const eventData: EventData = {target: block, type: event, data};
    for (const dep of listeners) this.admit(dep, eventData, groups);
  }

  /** Drops queued runs when the session closes, releasing whoever awaits them. */
  cancelQueued(): void {
    for (const {groups} of this.queued.values()) for (const group of groups) group.leave();
    this.queued.clear();
  }

  private admit(dep: Dependency, event: EventData, groups: readonly TaskGroup[]): void {
    if ((this.running.get(dep) ?? 0) > 0) {
      if (dep.options.triggerMode === 'once') return;
      if (dep.options.triggerMode === 'always_last' || this.inFlight >= RUNS_IN_FLIGHT) {
        const queued = this.queued.get(dep) ?? {event, groups: []};
        queued.event = event;
        for (const group of groups) {
          if (!queued.groups.includes(group)) {
            group.enter();
            queued.groups.push(group);
          }
        }
        this.queued.set(dep, queued);
        return;
      }
    }
    this.start(dep, event, groups);
  }

  private start(dep: Dependency, event: EventData, groups: readonly TaskGroup[]): void {
    this.running.set(dep, (this.running.get(dep) ?? 0) + 1);
    this.inFlight++;
    for (const group of groups) group.enter();
    this.all.enter();
    void this.execute(dep, event, groups).then(outcome => {
      this.running.set(dep, (this.running.get(dep) ?? 1) - 1);
      this.inFlight--;
      if (!this.session.closed) {
        // A keyed listener whose run a re-render replaced: the chain of the listener that took its key follows.
        const current = this.session.listens(dep) ? dep : (this.session.heir(dep) ?? dep);
        for (const child of current.children) {
          const condition = child.after?.condition;
          if (condition === 'always' || condition === outcome) this.admit(child, event, groups);
        }
        const queued = this.queued.get(dep);
        if (queued && this.running.get(dep) === 0) {
          this.queued.delete(dep);
          this.start(dep, queued.event, queued.groups);
          for (const group of queued.groups) group.leave();
        }
      }
      for (const group of groups) group.leave();
      this.all.leave();
    });
  }

  /** Runs one listener once: inputs read, handler called, outputs written. Never rejects. */
  private async execute(dep: Dependency, event: EventData, groups: readonly TaskGroup[]): Promise<Outcome> {
    const {store, host} = this.session;
    if (this.session.closed || !this.session.listens(dep)) return 'failure';
    let inputs: unknown[];
    let reads: Map<Global, number>;
    try {
      ({inputs, reads} = this.readInputs(dep));
    } catch (error) {
      this.report(dep, error);
      return 'failure';
    }
    const snapshots = this.snapshot(dep);
    const token = {};
    const showStatus = dep.outputs.length > 0;
    if (showStatus) {
      store.markRunning(dep.outputs, token, {
        listener: dep.name,
        startedAt: this.session.timekeeper.clock.now(),
        showProgress: dep.options.showProgress,
      });
      store.notify();
    }
    const limiter = host.limiterFor(dep);
    let outcome: Outcome = 'success';
    try {
      if (limiter) await limiter.acquire(this.session.signal);
      try {
        // The session may have closed while this run waited for its slot: then the handler never starts.
        if (this.session.closed) return 'failure';
        for (let attempt = 1; ; attempt++) {
          try {
            await this.session.timekeeper.track(() => this.call(dep, inputs, event, token, snapshots, groups, reads));
            break;
          } catch (error) {
            // A Global it read moved on before its write (global-writes.ts): run again on the fresh value.
            if (!(error instanceof GlobalConflictError) || this.session.closed) throw error;
            if (attempt >= GLOBAL_WRITE_ATTEMPTS) throw tooManyConflicts(dep.name);
            ({inputs, reads} = this.readInputs(dep));
          }
        }
      } finally {
        limiter?.release();
      }
    } catch (error) {
      outcome = 'failure';
      if (!this.session.closed) this.report(dep, error);
    } finally {
      if (showStatus && !this.session.closed) {
        store.clearRunning(dep.outputs, token);
        store.notify();
      }
    }
    return outcome;
  }

  private async call(
    dep: Dependency,
    inputs: unknown[],
    event: EventData,
    token: object,
    snapshots: Map<Component, unknown>,
    groups: readonly TaskGroup[],
    reads: Map<Global, number>,
  ): Promise<void> {
    const renderable = renderableOf(dep);
    if (renderable) {
      // A render's run builds this session's part of the tree: it has no outputs to write.
      const context = this.context(dep, event, token);
      currentRun.run(context, () => this.session.runRender(renderable, inputs, groups));
      return;
    }
    if (dep.fn === null) {
      // Gradio: a listener without a function passes its inputs straight to its outputs.
      return this.apply(dep, inputs.length === 1 ? inputs[0] : inputs, snapshots, groups, reads);
    }
    const fn = dep.fn as (...args: unknown[]) => unknown;
    const scope: RunScope = this.context(dep, event, token);
    const started = performance.now();
    const result = currentRun.run(scope, () => fn(...handlerArguments(fn, inputs, scope)));
    this.watchBlocking(dep, started);
    if (isAsyncIterator(result) || isSyncGenerator(result)) {
      await this.stream(dep, result, scope, snapshots, groups, reads);
      return;
    }
    const value = isThenable(result) ? await result : result;
    return this.apply(dep, value, snapshots, groups, reads);
  }

  /**
   * A generator streams, sync (`function*`) or async: each yield is a full set of
   * outputs, written at once. After each yield of a sync generator the event loop
   * turns, so the screen can draw and other sessions run between steps, as Gradio
   * runs sync generators step by step in a worker thread. When the session closes
   * the generator is stopped at its next yield (its `finally` blocks run).
   */
  private async stream(
    dep: Dependency,
    iterator: AsyncGenerator<unknown> | Generator<unknown>,
    scope: RunScope,
    snapshots: Map<Component, unknown>,
    groups: readonly TaskGroup[],
    reads: Map<Global, number>,
  ): Promise<void> {
    const sync = !(Symbol.asyncIterator in iterator);
    let done = false;
    try {
      while (true) {
        const started = performance.now();
        const next = currentRun.run(scope, () => iterator.next());
        if (sync) this.watchBlocking(dep, started);
        const step = await next;
        if (step.done) {
          done = true;
          break;
        }
        if (this.session.closed) break;
        const applied = this.apply(dep, step.value, snapshots, groups, reads);
        if (applied) await applied;
        if (sync) await new Promise(setImmediate);
        if (this.session.closed) break;
      }
    } finally {
      if (!done && this.session.closed) await iterator.return?.(undefined);
    }
  }

  /**
   * Writes one set of outputs, then fires `change` for what changed. `gr.skip()` in
   * place of one value leaves that output as it is; returned alone for a listener
   * with several outputs it leaves them all (Gradio's skip is an empty update).
   * Globals are committed first, all at once, through the host's store: waits only
   * when that store does.
   */
  private apply(
    dep: Dependency,
    returned: unknown,
    snapshots: Map<Component, unknown>,
    groups: readonly TaskGroup[],
    reads: Map<Global, number>,
  ): Promise<void> | undefined {
    if (this.session.closed || returned === SKIP) return;
    const outputs = this.redirect(
      dep,
      collectOutputs(dep, returned, message => this.session.logger.warn(message)),
    );
    const globals = this.session.host.commitGlobals(globalWrites(outputs, this.session.store), reads);
    if (!(globals instanceof Promise)) return this.write(outputs, globals, snapshots, groups, dep);
    return globals.then(changed => this.write(outputs, changed, snapshots, groups, dep));
  }

  /**
   * A keyed listener whose render ran again while it ran (Gradio's listener `key`)
   * writes into the blocks that took its outputs' keys; any other writes only where
   * its blocks still are (blocks that left take nothing).
   */
  private redirect(dep: Dependency, outputs: Map<Block, unknown>): Map<Block, unknown> {
    if (this.session.listens(dep) || !this.session.heir(dep)) return outputs;
    return new Map([...outputs].map(([block, value]) => [this.session.successor(block) ?? block, value]));
  }

  private write(
    outputs: Map<Block, unknown>,
    globals: Set<Global>,
    snapshots: Map<Component, unknown>,
    groups: readonly TaskGroup[],
    dep: Dependency,
  ): undefined {
    const {store, host} = this.session;
    if (this.session.closed) return;
    const changed = new Set<Component>(globals);
    for (const [block, value] of outputs) {
      if (value === SKIP) continue;
      if (block instanceof Global) {
        this.session.written(block);
        continue;
      }
      if (value instanceof Update) {
        if (store.applyUpdate(block, value) && block instanceof Component) changed.add(block);
      } else if (block instanceof Component) {
        if (store.setValue(block, value)) changed.add(block);
      } else {
        throw new OutputMismatchError(
          `listener "${dep.name}" returned a value for ${block.describe()}, a layout: return gr.update({...}) for it`,
        );
      }
      if (block instanceof Component) this.session.written(block);
    }
    // State changes when mutated in place too, so compare with the copy taken before the run.
    for (const [component, before] of snapshots) {
      const now = store.value(component);
      if (!deepEqual(before, now)) {
        changed.add(component);
        snapshots.set(component, structuredClone(now));
      } else if (changed.has(component) && component instanceof State) {
        changed.delete(component);
      }
    }
    store.notify();
    for (const component of changed) {
      if (component instanceof Global) host.broadcastChange(component, this.session.id, groups);
      else this.fire(component, 'change', undefined, groups);
    }
  }

  /**
   * Copies of the output States a run could change in place, where someone
   * listens for their change. Only outputs count, as in Gradio: a State that is
   * only an input keeps an in-place mutation but announces no change. (A Global a
   * run writes reaches it as a copy, so only its commit changes it.)
   */
  private snapshot(dep: Dependency): Map<Component, unknown> {
    const snapshots = new Map<Component, unknown>();
    for (const block of dep.outputs) {
      if (block instanceof State && !snapshots.has(block)) {
        if (this.session.listenersOf(block, 'change').length > 0) {
          snapshots.set(block, structuredClone(this.session.store.value(block)));
        }
      }
    }
    return snapshots;
  }

  /**
   * A run's inputs, and the version of each Global among them. A Global the run
   * also writes is handed over as a copy, so a run that starts again (or fails)
   * never leaves its in-place changes in the shared value.
   */
  private readInputs(dep: Dependency): {inputs: unknown[]; reads: Map<Global, number>} {
    const {store, host} = this.session;
    const reads = new Map<Global, number>();
    const inputs = dep.inputs.map(input => {
      if (!(input instanceof Global)) return store.handlerValue(input);
      reads.set(input, host.globalVersion(input));
      const value = store.handlerValue(input);
      return dep.outputs.includes(input) ? structuredClone(value) : value;
    });
    return {inputs, reads};
  }

  /**
   * One thread serves every session: a handler whose synchronous part ran longer than
   * BLOCKED_LOOP_MS froze all of them meanwhile, so the log names it and says what to do.
   */
  private watchBlocking(dep: Dependency, started: number): void {
    const held = performance.now() - started;
    if (held < BLOCKED_LOOP_MS) return;
    this.session.logger.warn(
      `listener "${dep.name}" held the event loop for ${Math.round(held)} ms, and every session of this process froze meanwhile: make it async, or run the heavy work in a worker`,
    );
  }

  private context(dep: Dependency, event: EventData, token: object): HandlerContext {
    const {store} = this.session;
    const notice = (level: 'info' | 'warning') => (message: string, options?: NoticeOptions) => {
      if (this.session.closed || options?.visible === false) return;
      store.notices.add(level, String(message), options);
      store.notify();
    };
    return {
      // Gradio hands a handler its event's data as the parameter itself (`evt.index`,
      // `evt.value` of a gr.SelectData), so the data's fields are on the context too;
      // the context's own names, set after, win.
      ...eventFields(event.data),
      sessionId: this.session.id,
      user: this.session.user,
      signal: this.session.signal,
      event,
      sleep: ms => this.session.timekeeper.sleep(ms),
      info: notice('info'),
      warning: notice('warning'),
      progress: progressOf((fraction, description) => {
        if (this.session.closed) return;
        const clamped = fraction === null || fraction === undefined ? null : Math.min(1, Math.max(0, Number(fraction)));
        store.setProgress(dep.outputs, token, {fraction: clamped, description});
        store.notify();
      }),
    };
  }

  /** Turns a failure into a notice for this user; anything but gr.Error also goes to the log with its stack. */
  private report(dep: Dependency, error: unknown): void {
    const {store, logger} = this.session;
    if (error instanceof TermblocksError) {
      if (error.visible) store.notices.add('error', error.message, {title: error.title, duration: error.duration});
    } else if (error instanceof OutputMismatchError) {
      logger.error(`session ${this.session.id}: ${error.message}`);
      store.notices.add('error', error.message);
    } else {
      logger.error(`session ${this.session.id}: listener "${dep.name}" threw`, error);
      // Gradio's show_error: the exception's own message; otherwise one that gives nothing away.
      const shown = this.session.host.showError ? messageOf(error) : undefined;
      store.notices.add('error', shown ?? `Something went wrong in "${dep.name}". The details are in the server log.`);
    }
    store.notify();
  }
}

/** What Gradio's `str(exception)` shows: an Error's message (its name when it has none), or the thrown value. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as {then?: unknown}).then === 'function';
}

/** A `function*` handler's result: an iterator with `throw` (arrays, Maps and their iterators have none). */
function isSyncGenerator(value: unknown): value is Generator<unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as {next?: unknown}).next === 'function' &&
    typeof (value as {throw?: unknown}).throw === 'function' &&
    Symbol.iterator in (value as object)
  );
}

function isAsyncIterator(value: unknown): value is AsyncGenerator<unknown, unknown, undefined> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as {next?: unknown}).next === 'function' &&
    Symbol.asyncIterator in (value as object)
  );
}

/** The fields of an event's data when it is a plain object (SelectData and the like), else none. */
function eventFields(data: unknown): Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const proto = Object.getPrototypeOf(data);
  return proto === Object.prototype || proto === null ? {...(data as Record<string, unknown>)} : {};
}
