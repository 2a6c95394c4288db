import {userInfo} from 'node:os';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {Base} from '../blocks/themes/Base.js';
import type {Logger} from '../session/logger.js';
import {SessionHost} from '../session/SessionHost.js';
import type {AppReload, WatchReloads} from '../terminal/app-reload.js';
import {mountApp} from '../terminal/mount.js';
import {noColorRequested} from '../terminal/no-color.js';
import type {ThemeMode} from '../terminal/palette.js';
import {ProcessTerminal} from './ProcessTerminal.js';

/** `termblocks run` needs a terminal on both ends; a pipe gets this message instead. */
export class NotATerminalError extends Error {
  constructor(which: 'input' | 'output') {
    super(
      `termblocks run needs a terminal, but its ${which} is not one. To drive an app from a script, use "termblocks demo <app> <script.tape>"; to test its logic, use demo.session()`,
    );
    this.name = 'NotATerminalError';
  }
}

const RESTORE = '\u001b[0m\u001b[?2004l\u001b[?1006l\u001b[?1000l\u001b[?25h\u001b[?1049l';

export interface RunLocalOptions {
  /** `run --watch`: each save shows the app again (or its error) in this same terminal. */
  watch?: WatchReloads;
  /** Take the mouse (default true; `run --no-mouse` leaves it to the terminal). */
  mouse?: boolean;
  /** Dark or light colours, or `auto` (the default): ask the terminal for its background. */
  themeMode?: ThemeMode | 'auto';
  /** A theme instead of the app's own (`demo.launch({theme})`). */
  theme?: Base;
  /** `run --show-error`: a handler's exception shows its message, as Gradio's `show_error`. */
  showError?: boolean;
}

/**
 * Plays an app in this terminal: the process is one session. Resolves with the
 * exit status once the terminal is restored and the session closed (its unload
 * handlers run). Every way out restores the terminal: Ctrl+C, SIGINT, SIGTERM,
 * SIGHUP, an uncaught error.
 */
export async function runLocal(
  app: BlocksApp,
  stdin = process.stdin,
  stdout = process.stdout,
  options: RunLocalOptions = {},
): Promise<number> {
  if (!stdin.isTTY) throw new NotATerminalError('input');
  if (!stdout.isTTY) throw new NotATerminalError('output');
  const log: string[] = [];
  // Stacks must not be printed over the app: keep them, and print them once the screen is restored.
  const logger: Logger = {
    info: message => log.push(message),
    warn: message => log.push(`warning: ${message}`),
    error: (message, error) =>
      log.push(`${message}${error ? `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}` : ''}`),
  };
  const user = {name: safeUser()};
  const open = (shown: BlocksApp) => {
    const host = SessionHost.of(shown);
    host.logger = logger;
    host.showError = options.showError ?? false;
    return host.open({user});
  };
  let session = open(app);
  const terminal = new ProcessTerminal(stdin, stdout);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();

  return new Promise<number>(resolveExit => {
    let finishing = false;
    let mounted: ReturnType<typeof mountApp> | undefined;
    /** Reloads one at a time, in order: each ends the session before it (its unload handlers run). */
    let swapping = Promise.resolve();
    const restoreNow = () => {
      stdout.write(RESTORE);
      if (stdin.isTTY) stdin.setRawMode(false);
    };
    const mount = () => {
      mounted = mountApp(session, terminal, {
        alternateScreen: true,
        colours: !noColorRequested(process.env),
        mouse: options.mouse,
        theme: options.theme,
        themeMode: options.themeMode ?? 'auto',
        onQuit: () => void finish(0),
      });
    };
    const swap = (reload: AppReload) => {
      swapping = swapping.then(async () => {
        if (finishing) return;
        await mounted?.unmount();
        await session.close();
        if (finishing) return;
        session = open(reload.app);
        session.showNotice(reload.ok ? 'info' : 'error', reload.message, {duration: reload.ok ? 3 : null});
        mount();
      });
    };
    const watcher = options.watch?.(swap);
    const finish = async (code: number) => {
      if (finishing) return;
      finishing = true;
      watcher?.close();
      await swapping;
      // The signal listeners stay: Ink's exit hook re-raises a signal once no other listener is left,
      // which would kill the process before the terminal is restored.
      process.off('uncaughtException', crash);
      process.off('unhandledRejection', crash);
      await mounted?.unmount();
      restoreNow();
      stdin.pause();
      await session.close();
      if (log.length > 0) process.stderr.write(`termblocks: the app logged while it ran:\n${log.slice(-20).join('\n')}\n`);
      resolveExit(code);
    };
    const crash = (error: unknown) => {
      logger.error('termblocks crashed', error);
      restoreNow();
      void finish(1);
    };
    const signals: [NodeJS.Signals, () => void][] = [
      ['SIGINT', () => void finish(130)],
      ['SIGTERM', () => void finish(143)],
      ['SIGHUP', () => void finish(129)],
    ];
    for (const [signal, handler] of signals) process.on(signal, handler);
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
    mount();
  });
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}
