import {nanoid} from 'nanoid';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {Global} from '../blocks/components/Global.js';
import type {Dependency} from '../blocks/Dependency.js';
import type {SessionUser} from '../blocks/events.js';
import {deepEqual} from './deep-equal.js';
import {Limiter} from './Limiter.js';
import {consoleLogger, type Logger} from './logger.js';
import {Session, type SessionOptions} from './Session.js';
import type {TaskGroup} from './TaskGroup.js';

const hosts = new WeakMap<BlocksApp, SessionHost>();

/**
 * Every live session of one app in this process, and what they share: the
 * concurrency limits (server-wide, as Gradio's queue) and the `gr.Global` values.
 * `termblocks run` holds one session; `termblocks serve` one per SSH user.
 */
export class SessionHost {
  readonly sessions = new Set<Session>();
  /** Where sessions log; a front end sets it (the SSH server's log, the tape runner's). */
  logger: Logger = consoleLogger;
  /** Longest an `unload` handler may run when a session closes, in ms. */
  unloadTimeoutMs = 5000;
  private readonly limiters = new Map<string, Limiter>();
  /** The limit of each concurrency group, from the app's listeners (recollected if listeners were added). */
  private readonly limits = new Map<string, number>();
  private limitsKnownFor = -1;
  private readonly globals = new Map<Global, unknown>();

  /** Private: one host per app, so every session of an app shares its Globals and limits (see `of`). */
  private constructor(readonly app: BlocksApp) {}

  /** The host every `demo.session()` of this app joins. */
  static of(app: BlocksApp): SessionHost {
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
    const session = new Session(this, options.id ?? nanoid(), user, options.logger);
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
   * an id is a group of its own.
   */
  limiterFor(dep: Dependency): Limiter | undefined {
    if (this.limitsKnownFor !== this.app.dependencies.length) this.collectLimits();
    const id = concurrencyGroup(dep);
    const limit = this.limits.get(id);
    if (limit === undefined) return undefined;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new Limiter(limit);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private collectLimits(): void {
    this.limits.clear();
    for (const dep of this.app.dependencies) {
      const limit = dep.options.concurrencyLimit;
      if (limit === null || limit === undefined) continue;
      const id = concurrencyGroup(dep);
      this.limits.set(id, Math.max(1, Math.min(limit, this.limits.get(id) ?? limit)));
    }
    this.limitsKnownFor = this.app.dependencies.length;
  }

  globalValue(global: Global): unknown {
    if (!this.globals.has(global)) this.globals.set(global, global.initialValue());
    return this.globals.get(global);
  }

  /**
   * Writes a Global; says whether it changed, comparing deeply as a session's own
   * values are (an equal new object is no change). Listeners run through `broadcastChange`.
   */
  setGlobal(global: Global, value: unknown): boolean {
    const previous = this.globalValue(global);
    this.globals.set(global, value);
    return !deepEqual(previous, value);
  }

  /**
   * Runs `Global.change` in every live session, so every screen that shows
   * something derived from it updates without its user doing anything. The
   * writing session's runs join its trigger's groups; the others' run on their own.
   */
  broadcastChange(global: Global, originId: string, groups: readonly TaskGroup[]): void {
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

function concurrencyGroup(dep: Dependency): string {
  return dep.options.concurrencyId ?? `listener:${dep.id}`;
}
