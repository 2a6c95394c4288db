import type {Session} from '../../source/session/Session.js';
import type {MountedApp, MountOptions} from '../../source/terminal/MountedApp.js';
import type {Terminal} from '../../source/terminal/Terminal.js';

/**
 * A stand-in renderer for testing the tape player on its own: it echoes what is
 * typed as a line-mode terminal would (Enter starts a new line, Backspace erases),
 * and on `!` prints "tick" 500 ms later on the given clock, so tests can watch
 * time pass. Ctrl+C asks to quit. The real renderer is tested with the examples.
 */
export function echoMount(session: Session, terminal: Terminal, options: MountOptions): MountedApp {
  const listeners = new Set<(bytes: string) => void>();
  const write = (bytes: string) => {
    terminal.write(bytes);
    for (const listener of listeners) listener(bytes);
  };
  write(`${session.app.title}> `);
  const unsubscribe = terminal.onInput(data => {
    if (data === '\x03') return options.onQuit?.();
    if (data === '!') options.clock?.setTimeout(() => write('tick'), 500);
    if (data === '\r') write(`${terminal.newline}> `);
    else if (data === '\x7f') write('\b \b');
    else write(data);
  });
  return {
    session,
    settled: () => Promise.resolve(),
    frame: () => '',
    onFrame: listener => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unmount: async () => unsubscribe(),
  };
}
