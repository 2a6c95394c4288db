import chalk from 'chalk';
import type {Session} from '../session/Session.js';
import {BackgroundProbe} from './background-query.js';
import {FrameWriter} from './FrameWriter.js';
import {FrameLoop} from './frame-loop.js';
import {InkFrameSource} from './InkFrameSource.js';
import {KeyHandler} from './KeyHandler.js';
import type {MountedApp, MountOptions} from './MountedApp.js';
import {locate} from './mouse-targets.js';
import {ScreenComposer} from './screen-composer.js';
import {SessionPalette} from './session-palette.js';
import {quiet, type Settling, settled} from './settling.js';
import type {Terminal} from './Terminal.js';
import {listenToTerminal, sessionInput} from './terminal-events.js';
import {enterModes, leaveModes} from './terminal-modes.js';
import {UiState} from './UiState.js';

// Colours must not depend on where the process runs: chalk would switch them off
// under CI=true or without a TTY (an SSH server, a tape runner). The terminal we
// draw on is the user's, not ours.
chalk.level = 3;

/**
 * Draws a session on a terminal and turns the user's keys into session actions.
 * Each frame is rendered by Ink (one live instance per screen) and written by the FrameWriter as a
 * cell diff, so the bytes per keystroke stay close to the minimum and nothing
 * depends on Ink's own output handling (which stops drawing when CI is set).
 *
 * The pieces: the palette (with its background probe), the screen's layout (ScreenComposer),
 * when frames are drawn (FrameLoop), the input and the terminal's events (terminal-events),
 * the terminal's modes on and off (terminal-modes), and waiting for quiet (settling).
 */
export function mountApp(session: Session, terminal: Terminal, options: MountOptions = {}): MountedApp {
  const clock = options.clock ?? session.clock;
  const ui = new UiState();
  const keys = new KeyHandler(session.app, session, ui, () => options.onQuit?.());
  const writer = new FrameWriter({colours: options.colours});
  const redraw = () => loop.schedule();
  const palette = new SessionPalette(options.theme ?? session.app.theme, options, clock, redraw);
  const {probe} = palette;
  const frames = new InkFrameSource();
  const screen = new ScreenComposer(
    {session, ui, keys, frames, terminal, clock, palette: () => palette.current},
    options.redrawLayouts,
  );
  const loop = new FrameLoop({clock, terminal, writer, compose: () => screen.compose(), paused: () => probe?.waiting === true});
  const input = sessionInput(session, keys, probe, redraw);
  const unsubscribe = listenToTerminal(terminal, session, input, loop);
  terminal.write(enterModes(options, probe ? BackgroundProbe.query : ''));
  loop.draw();
  // While the terminal is asked for its background, lay the frame out once (warming Ink), so the first frame lands near the timeout.
  setImmediate(() => probe?.waiting && screen.compose());
  const teardown = () => {
    loop.stop();
    for (const off of unsubscribe) off();
    input.dispose();
    probe?.dispose();
    frames.dispose();
    terminal.write(leaveModes(options, terminal));
  };
  return mounted({session, input, loop, probe}, ui, writer, teardown);
}

/** The handle a front end holds: waits, the frame as text, mouse targets, frame listeners, and unmount (once). */
function mounted(waits: Settling, ui: UiState, writer: FrameWriter, teardown: () => void): MountedApp {
  const {session, loop} = waits;
  let unmounted = false;
  return {
    session,
    settled: () => settled(waits),
    quiet: () => quiet(waits),
    frame: () => writer.text(),
    locate: text => locate(text, session, ui, writer.text().split('\n')),
    onFrame: listener => loop.onFrame(listener),
    async unmount() {
      if (unmounted) return;
      unmounted = true;
      teardown();
    },
  };
}

export type {MountedApp, MountOptions} from './MountedApp.js';
// Kept here for the tests and callers that know it as the renderer's.
export {scrollFor} from './scroll-follow.js';
