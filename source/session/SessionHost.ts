import {nanoid} from 'nanoid';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {Global} from '../blocks/components/Global.js';
import type {Dependency} from '../blocks/Dependency.js';
import type {SessionUser} from '../blocks/events.js';
import {Limiter} from './Limiter.js';
import {consoleLogger, type Logger} from './logger.js';
import {Session, type SessionOptions} from './Session.js';
import type {TaskGroup} from './TaskGroup.js';

export interface HostOptions {
  logger?: Logger;
  /** Longest an `unload` handler may run when a session closes, in ms. Default 5000. */
  unloadTimeoutMs?: number;
}

const hosts = new WeakMap<BlocksApp, SessionHost>();

/**
 * Every live session of one app in this process, and what they share: the
 * concurrency limits (server-wide, as Gradio's queue) and the `gr.Global` values.
 * `termblocks run` holds one session; `termblocks serve` one per SSH user.
 */
export class SessionHost {
  readonly sessions = new Set<Session>();
  logger: Logger;
  unloadTimeoutMs: number;
  private readonly limiters = new Map<string, Limiter>();
  private readonly globals = new Map<Global, unknown>();

  constructor(
    readonly app: BlocksApp,
    options: HostOptions = {},
  ) {
    this.logger = options.logger ?? consoleLogger;
    this.unloadTimeoutMs = options.unloadTimeoutMs ?? 5000;
  }

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

  /** The shared limiter of a listener with a concurrency limit, or none. */
  limiterFor(dep: Dependency): Limiter | undefined {
    const limit = dep.options.concurrencyLimit;
    if (limit === null || limit === undefined) return undefined;
    const id = dep.options.concurrencyId ?? `listener:${dep.id}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new Limiter(Math.max(1, limit));
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  globalValue(global: Global): unknown {
    if (!this.globals.has(global)) this.globals.set(global, global.initialValue());
    return this.globals.get(global);
  }

  /** Writes a Global; says whether it changed. Listeners run through `broadcastChange`. */
  setGlobal(global: Global, value: unknown): boolean {
    const previous = this.globalValue(global);
    this.globals.set(global, value);
    return previous !== value;
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
