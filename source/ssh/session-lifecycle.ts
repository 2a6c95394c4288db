import type ssh2 from 'ssh2';
import type {SessionUser} from '../blocks/events.js';
import type {SessionHost} from '../session/SessionHost.js';
import type {AppReload} from '../terminal/app-reload.js';
import {mountApp} from '../terminal/mount.js';
import {ChannelTerminal} from './ChannelTerminal.js';
import {limitInputRate} from './input-rate.js';
import {watchOutputStall} from './output-stall.js';
import type {ResolvedServeOptions} from './serve-options.js';
import type {ServerLog} from './server-log.js';

/** How long a session's last words may wait for a slow client, twice (the goodbye, then the channel's close), before the connection is cut. */
export const FLUSH_WAIT_MS = 1000;

export interface SessionLifecycleOptions {
  host: SessionHost;
  config: Pick<
    ResolvedServeOptions,
    'idleTimeout' | 'inputBytesPerSecond' | 'outputStallTimeout' | 'mouse' | 'themeMode' | 'theme'
  >;
  log: ServerLog;
  user: SessionUser | undefined;
  /** Destroys the connection at once: for a client that does not take its goodbye. */
  cut: () => void;
  /** Called once, as the session starts to end. */
  onEnd: () => void;
}

/** One user's app on a shell channel. */
export interface LiveSession {
  readonly terminal: ChannelTerminal;
  /** Ends the session with a goodbye line (the server shutting down, say); resolves when it has ended. */
  end(reason: string): Promise<void>;
  /** `serve --watch`: ends this user's session of the old app (its unload runs) and opens one of the saved app in its place. */
  replace(next: SessionHost, reload: AppReload): Promise<void>;
}

const delay = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms).unref());

/**
 * Mounts one session on a shell channel, and ends it on Ctrl+C, idle, a stalled client,
 * the client leaving or the server's shutdown: unmount, goodbye, exit status, channel
 * close, and alongside them the session's close (unload handlers, deleteCallback).
 */
export function startSession(
  stream: ssh2.ServerChannel,
  pty: {columns: number; rows: number; colours?: boolean},
  options: SessionLifecycleOptions,
): LiveSession {
  const {host, config, log, user, cut, onEnd} = options;
  let session = host.open({user});
  let idle: NodeJS.Timeout | undefined;
  const resetIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void end(0, 'closed after being idle too long'), config.idleTimeout * 1000);
  };
  const terminal = new ChannelTerminal(stream, pty, limitInputRate(stream, config.inputBytesPerSecond, resetIdle));
  const stopWatch = watchOutputStall(
    terminal,
    stream,
    config.outputStallTimeout,
    () => void end(1, 'dropped: the client stopped reading'),
  );
  let ended = false;
  const end = async (code: number, reason?: string) => {
    if (ended) return;
    ended = true;
    onEnd();
    clearTimeout(idle);
    stopWatch();
    await replacing;
    await mounted.unmount();
    // The session's end (unload handlers, then deleteCallback) runs alongside the goodbye, not
    // after it: a client that stops reading must not cost its session its unload at shutdown.
    await Promise.all([session.close(), sayGoodbye(code, reason)]);
    log('session-end', {user: user?.name, session: session.id, reason: reason ?? (code === 0 ? 'quit' : 'error')});
  };
  /**
   * Frames and the goodbye go through the channel's write buffer, but the exit status and a
   * disconnect do not: flush first, or under load they overtake the text. Each wait is bounded
   * (FLUSH_WAIT_MS), and a client that never takes its goodbye (it stopped reading) has its
   * connection cut.
   */
  const sayGoodbye = async (code: number, reason: string | undefined) => {
    if (stream.destroyed) return;
    const flushed = new Promise<void>(resolve => stream.write(reason ? `termblocks: ${reason}\r\n` : '', () => resolve()));
    await Promise.race([flushed, delay(FLUSH_WAIT_MS)]);
    stream.exit(code);
    const closed = new Promise<boolean>(resolve => {
      stream.once('close', () => resolve(true));
      stream.end();
    });
    if (!(await Promise.race([closed, delay(FLUSH_WAIT_MS).then(() => false)]))) cut();
  };
  stream.on('close', () => void end(0, 'client left'));
  const mount = () =>
    mountApp(session, terminal, {
      alternateScreen: true,
      colours: pty.colours,
      mouse: config.mouse,
      theme: config.theme,
      themeMode: config.themeMode,
      onQuit: () => void end(0),
    });
  let mounted = mount();
  /** Replacements one at a time: each ends the session before it. */
  let replacing = Promise.resolve();
  const replace = (next: SessionHost, reload: AppReload) => {
    replacing = replacing.then(async () => {
      if (ended) return;
      await mounted.unmount();
      await session.close();
      if (ended) return;
      session = next.open({user});
      session.showNotice(reload.ok ? 'info' : 'error', reload.message, {duration: reload.ok ? 3 : null});
      mounted = mount();
    });
    return replacing;
  };
  resetIdle();
  log('session-start', {user: user?.name, session: session.id, columns: terminal.columns, rows: terminal.rows});
  return {terminal, end: reason => end(0, reason), replace};
}
