import type {Base} from '../blocks/themes/Base.js';
import type {Session} from '../session/Session.js';
import type {MouseSpot} from './mouse-targets.js';
import type {ThemeMode} from './palette.js';
import type {Clock} from './Terminal.js';

export interface MountOptions {
  /** Time for spinners, elapsed times and toast expiry. Default the session's clock. */
  clock?: Clock;
  /** Draw on the alternate screen and leave it on exit (the local front end does; tapes and SSH may not). */
  alternateScreen?: boolean;
  /** Take the mouse (clicks and the wheel). Default true; `--no-mouse` turns it off, and a tape that neither clicks nor scrolls. */
  mouse?: boolean;
  /** Draw in colour. Default true; false for a user who asked for NO_COLOR. */
  colours?: boolean;
  /** The theme to draw with, instead of the app's own (`demo.launch({theme})`, as Gradio 6 takes it). */
  theme?: Base;
  /**
   * Dark or light colours: forced, or `auto` to ask the terminal for its background (OSC 11) and
   * wait a moment for the answer (dark when none comes). Default `dark`, which asks nothing.
   */
  themeMode?: ThemeMode | 'auto';
  /**
   * Render the whole tree from the Body on every frame, even when a frame leaves the layouts' inputs
   * alone and re-running the component views would do (live-body.tsx). Default false; a test
   * compares the two.
   */
  redrawLayouts?: boolean;
  /** Called when the user asks to quit (Ctrl+C). The front end then closes the session and unmounts. */
  onQuit?: () => void;
}

/**
 * A session drawn on a terminal. Contract shared by the renderer (which
 * implements `mountApp(session, terminal, options): MountedApp` in
 * `source/terminal/mount.tsx`) and the front ends that call it.
 */
export interface MountedApp {
  /** Resolves when the screen shows the effect of everything sent so far: input handled, session idle, frame written. */
  settled(): Promise<void>;
  /**
   * Resolves when nothing more can happen until the session's clock moves: input
   * handled, every handler run finished or asleep on that clock, frame written.
   * The tape player waits for this before it moves its virtual clock on.
   */
  quiet?(): Promise<void>;
  /** The screen as plain text lines, as last written (for tests and recorders). */
  frame(): string;
  /**
   * The cell to point the mouse at for a label, a button's text or a choice shown now
   * (a tape's `Click "text"`), or why there is no one such cell. See mouse-targets.ts.
   */
  locate?(text: string): MouseSpot;
  /** Subscribes to each frame written, with the bytes sent to the terminal for it. */
  onFrame(listener: (bytes: string) => void): () => void;
  /** Stops drawing and restores the terminal (cursor shown, modes reset, alternate screen left). Idempotent. */
  unmount(): Promise<void>;
  readonly session: Session;
}
