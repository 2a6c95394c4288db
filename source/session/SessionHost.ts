import {nanoid} from 'nanoid';
import type {BlocksApp} from '../blocks/Blocks.js';
import {Global} from '../blocks/components/Global.js';
import type {Dependency} from '../blocks/Dependency.js';
import {BuildError} from '../blocks/errors.js';
import type {SessionUser} from '../blocks/events.js';
import {type Clock, realClock} from './clock.js';
import {deepEqual} from './deep-equal.js';
import type {GlobalStore, WriteResult} from './GlobalStore.js';
import {GlobalConflictError} from './global-writes.js';
import {InProcessGlobalStore} from './InProcessGlobalStore.js';
import {Limiter} from './Limiter.js';
import {consoleLogger, type Logger} from './logger.js';
import {Session, type SessionOptions} from './Session.js';
import type {TaskGroup} from './TaskGroup.js';

const hosts = new WeakMap<BlocksApp, SessionHost>();

/**
 * Every live session of one app in this process, and what they share: the
 * concurrency limits (server-wide, as Gradio's queue) and the `gr.Global` values,
 * which live in a GlobalStore (this process's memory unless a front end chose another).
 * `termblocks run` holds one session; `termblocks serve` one per SSH user.
 */
export class SessionHost {
  readonly sessions = new Set<Session>();
  /** Where sessions log; a front end sets it (the SSH server's log, the tape runner's). */
  logger: Logger = consoleLogger;
  /** The time sessions live on unless opened with their own (`demo.session({clock})`): real time. */
  clock: Clock = realClock;
  /**
   * Gradio's `show_error`: a handler's plain exception shows its message to the user
   * (`launch({showError: true})`, `--show-error`). Off, the user reads a generic message
   * and the log has the details; a `gr.Error` shows its message either way.
   */
  showError = false;
  /** Longest an `unload` handler may run when a session closes, in ms. */
  unloadTimeoutMs = 5000;
  /** Limiters of the groups named by a `concurrencyId`. */
  private readonly limiters = new Map<string, Limiter>();
  /** Limiters of the groups without one, by function: gone with it (a render run's closures come and go). */
  private readonly ownLimiters = new WeakMap<object, Limiter>();
  /** The limit of each concurrency group, from the app's listeners (recollected if listeners were added). */
  private readonly limits = new Map<string | object, number>();
  private limitsKnownFor = -1;
  private store: GlobalStore = new InProcessGlobalStore();
  private readonly keys = new Map<Global, string>();
  private readonly globalsByKey = new Map<string, Global>();
  private unsubscribe = () => {};

  /** Private: one host per app, so every session of an app shares its Globals and limits (see `of`). */
  private constructor(readonly app: BlocksApp) {}

  /** The host every `demo.session()` of this app joins. */
  static of(app: BlocksApp): SessionHost {
    if (!app.built) {
      throw new BuildError(
        `app "${app.title}" was never built: call demo.build(() => { ... }) after gr.Blocks() (Python's "with demo:")`,
      );
    }
    let host = hosts.get(app);
    if (!host) {
      host = new SessionHost(app);
      hosts.set(app, host);
    }
    return host;
  }

  /** Opens a session: values initialised, `load` listeners and Timers started. */
  open(options: SessionOptions = {}): Session {
    const user: SessionUser | undefined = typeof options.user === 'string' ? {name: options.user} : options.user;
    const session = new Session(this, options.id ?? nanoid(), user, options.logger, options.clock);
    this.sessions.add(session);
    session.start();
    return session;
  }

  /** Called by a session that has closed. */
  forget(session: Session): void {
    this.sessions.delete(session);
  }

  /**
   * The limiter a listener's runs share with every session of the app, or none.
   * Listeners with the same `concurrencyId` share one limiter, whose limit is the
   * smallest any of them gives (Gradio's queue does the same); a listener without
   * an id shares one with the listeners of the same function, as Gradio groups them
   * by `id(fn)`. A listener a `gr.render` run made is not among the app's: its limit
   * joins (lowers) its group's when it first runs.
   */
  limiterFor(dep: Dependency): Limiter | undefined {
    if (this.limitsKnownFor !== this.app.dependencies.length) this.collectLimits();
    const group = concurrencyGroup(dep);
    const own = dep.options.concurrencyLimit ?? undefined;
    let limiter = typeof group === 'string' ? this.limiters.get(group) : this.ownLimiters.get(group);
    if (limiter) {
      if (own !== undefined) limiter.lower(own);
      return limiter;
    }
    const known = this.limits.get(group);
    const limit = known === undefined ? own : own === undefined ? known : Math.min(known, own);
    if (limit === undefined) return undefined;
    limiter = new Limiter(Math.max(1, limit));
    if (typeof group === 'string') this.limiters.set(group, limiter);
    else this.ownLimiters.set(group, limiter);
    return limiter;
  }

  private collectLimits(): void {
    this.limits.clear();
    for (const dep of this.app.dependencies) {
      const limit = dep.options.concurrencyLimit;
      if (limit === null || limit === undefined) continue;
      const group = concurrencyGroup(dep);
      this.limits.set(group, Math.max(1, Math.min(limit, this.limits.get(group) ?? limit)));
    }
    this.limitsKnownFor = this.app.dependencies.length;
  }

  /**
   * Puts this app's Globals in `store` (the front end's choice, made before sessions
   * open), and listens there for writes made elsewhere, so every session here hears them.
   */
  setGlobalStore(store: GlobalStore): void {
    this.unsubscribe();
    this.store = store;
    this.keys.clear();
    this.globalsByKey.clear();
    for (const component of this.app.components) if (component instanceof Global) this.keyOf(component);
    this.unsubscribe = store.subscribe(keys => {
      for (const key of keys) {
        const global = this.globalsByKey.get(key);
        if (global) this.broadcastChange(global, '', []);
      }
    });
  }

  /**
   * A Global's name in the store: the app's title and the Global's place among the
   * app's Globals, the same in every process serving the same app file.
   */
  private keyOf(global: Global): string {
    let key = this.keys.get(global);
    if (key === undefined) {
      const ordinal = this.app.components.filter(component => component instanceof Global).indexOf(global);
      key = `${this.app.title}:global:${ordinal >= 0 ? ordinal : `id${global.id}`}`;
      this.keys.set(global, key);
      this.globalsByKey.set(key, global);
      this.store.define(key, global.initialValue());
    }
    return key;
  }

  /** The value every session shows: the last one the store knew. */
  globalValue(global: Global): unknown {
    return this.store.read(this.keyOf(global)).value;
  }

  /** The version of that value, which a run that reads the Global writes against. */
  globalVersion(global: Global): number {
    return this.store.read(this.keyOf(global)).version;
  }

  /**
   * Writes a Global whatever its version; says whether it changed, comparing deeply
   * as a session's own values are (an equal new object is no change). Handlers'
   * outputs go through `commitGlobals` instead.
   */
  setGlobal(global: Global, value: unknown): boolean {
    const previous = this.globalValue(global);
    const result = this.store.write([{key: this.keyOf(global), value}]);
    if (result instanceof Promise) result.catch(error => this.logger.error('a Global could not be written', error));
    return !deepEqual(previous, value);
  }

  /**
   * Writes one run's Globals at once, each read one only if it still has the version
   * in `reads` (which then takes the new version, for a generator's next yield).
   * Gives the Globals whose value changed; throws GlobalConflictError when one moved
   * on, and the store's SharedStateUnavailableError when it cannot be reached.
   * Synchronous when the store is.
   */
  commitGlobals(writes: Map<Global, unknown>, reads: Map<Global, number>): Set<Global> | Promise<Set<Global>> {
    if (writes.size === 0) return new Set();
    const entries = [...writes];
    const previous = entries.map(([global]) => this.globalValue(global));
    const result = this.store.write(
      entries.map(([global, value]) => ({key: this.keyOf(global), value, expected: reads.get(global)})),
    );
    const settle = (written: WriteResult): Set<Global> => {
      if (!written.committed) throw new GlobalConflictError();
      const changed = new Set<Global>();
      entries.forEach(([global, value], index) => {
        if (reads.has(global)) reads.set(global, written.versions[index] as number);
        if (!deepEqual(previous[index], value)) changed.add(global);
      });
      return changed;
    };
    return result instanceof Promise ? result.then(settle) : settle(result);
  }

  /**
   * Runs `Global.change` in every live session, so every screen that shows
   * something derived from it updates without its user doing anything. The
   * writing session's runs join its trigger's groups; the others' run on their own.
   */
  broadcastChange(global: Global, originId: string, groups: readonly TaskGroup[]): void {
    // A Global is never on screen itself: with no one listening for its change, no screen can follow it.
    if (this.app.listenersOf(global, 'change').length === 0) return;
    for (const session of this.sessions) {
      if (session.closed) continue;
      session.globalChanged(global, session.id === originId ? groups : []);
    }
  }

  /** Closes every session (server shutdown), running their unload handlers. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions].map(s => s.close()));
  }
}

/**
 * A listener's concurrency group: its `concurrencyId`, else its function (Gradio's
 * `id(fn)`), so a closure made in each `gr.render` run is a group of its own and
 * a function shared by several listeners is one group. A listener with no function,
 * itself.
 */
function concurrencyGroup(dep: Dependency): string | object {
  return dep.options.concurrencyId ?? dep.fn ?? dep;
}
