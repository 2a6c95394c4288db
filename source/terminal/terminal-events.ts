import type {Session} from '../session/Session.js';
import type {BackgroundProbe} from './background-query.js';
import type {FrameLoop} from './frame-loop.js';
import {InputBudget} from './InputBudget.js';
import type {KeyHandler} from './KeyHandler.js';
import type {Terminal} from './Terminal.js';

/** The session's keys, bounded in rate and in what may wait (InputBudget.ts lists the bounds). */
export function sessionInput(session: Session, keys: KeyHandler, probe: BackgroundProbe | undefined, redraw: () => void) {
  return new InputBudget({
    handle: key => {
      // The terminal's answers (its background) are for the probe, never keys for the app.
      if (key.kind === 'report') {
        probe?.report(key);
        return;
      }
      try {
        keys.handle(key);
      } catch (error) {
        session.logger.error(`session ${session.id}: a key could not be handled`, error);
      }
    },
    handled: redraw,
    warn: message => session.logger.warn(`session ${session.id}: ${message}`),
  });
}

/** What reaches the screen from outside: the terminal's input, resizes and drains, and the session's changes. Returns the unsubscribes. */
export function listenToTerminal(terminal: Terminal, session: Session, input: InputBudget, loop: FrameLoop): (() => void)[] {
  return [
    terminal.onInput(data => input.push(data)),
    terminal.onResize(() => loop.resized()),
    terminal.onDrain(() => loop.drained()),
    session.subscribe(() => loop.schedule()),
  ];
}
