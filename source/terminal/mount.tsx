import chalk from 'chalk';
import type {Notice} from '../session/notices.js';
import type {Session} from '../session/Session.js';
import {BackgroundProbe} from './background-query.js';
import {Body, footerLine, helpPanel, titleLine, toastLines} from './components/Screen.js';
import {FrameWriter} from './FrameWriter.js';
import {focusLine} from './focus-marker.js';
import {footerKeys} from './footer-keys.js';
import {InkFrameSource} from './InkFrameSource.js';
import {InputBudget} from './InputBudget.js';
import {KeyHandler} from './KeyHandler.js';
import type {MountedApp, MountOptions} from './MountedApp.js';
import {locate} from './mouse-targets.js';
import {paletteFor, showFocus} from './palette.js';
import type {RenderContext} from './RenderContext.js';
import {measureBoxes, overflows, usesPageKeys} from './scrolling.js';
import type {Terminal} from './Terminal.js';
import {UiState} from './UiState.js';

// Colours must not depend on where the process runs: chalk would switch them off
// under CI=true or without a TTY (an SSH server, a tape runner). The terminal we
// draw on is the user's, not ours.
chalk.level = 3;

const CSI = '\u001b[';
/** How often the screen redraws while something animates (a spinner, an elapsed time). */
const ANIMATION_MS = 100;
/** Report button presses and releases (1000) with the wheel, as SGR sequences (1006); and stop. */
const MOUSE_ON = `${CSI}?1000h${CSI}?1006h`;
const MOUSE_OFF = `${CSI}?1006l${CSI}?1000l`;
/** How long the footer shows a hint such as "Tab to a text box to type". */
const HINT_MS = 2000;

/** Lays the panel's lines over the middle of the screen's body lines. */
function overlay(lines: string[], panel: readonly string[]): void {
  const top = Math.max(0, Math.floor((lines.length - panel.length) / 2));
  for (let i = 0; i < panel.length && top + i < lines.length; i++) lines[top + i] = panel[i];
}

/** What the help panel calls the focused block: "text box", "button", ... */
function describeFocus(block: {type: string} | undefined): string {
  const names: Record<string, string> = {
    textbox: 'text box',
    checkboxgroup: 'checkbox group',
    dataset: 'examples table',
    tabs: 'tab bar',
  };
  return block ? (names[block.type] ?? block.type) : 'screen';
}

/**
 * Draws a session on a terminal and turns the user's keys into session actions.
 * Each frame is rendered by Ink (one live instance per screen) and written by the FrameWriter as a
 * cell diff, so the bytes per keystroke stay close to the minimum and nothing
 * depends on Ink's own output handling (which stops drawing when CI is set).
 */
export function mountApp(session: Session, terminal: Terminal, options: MountOptions = {}): MountedApp {
  const clock = options.clock ?? session.clock;
  const ui = new UiState();
  const keys = new KeyHandler(session.app, session, ui, () => options.onQuit?.());
  // The session's keys, bounded in rate and in what may wait (InputBudget.ts lists the bounds).
  const input = new InputBudget({
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
    handled: () => schedule(),
    warn: message => session.logger.warn(`session ${session.id}: ${message}`),
  });
  const writer = new FrameWriter({colours: options.colours});
  // One palette per session: the app's theme read for this terminal's background, which may be asked.
  const theme = options.theme ?? session.app.theme;
  const colours = options.colours !== false;
  let palette = paletteFor(theme, options.themeMode === 'light' ? 'light' : 'dark', colours);
  const probe =
    options.themeMode === 'auto'
      ? new BackgroundProbe(
          clock,
          mode => {
            if (mode !== palette.mode) palette = paletteFor(theme, mode, colours);
            schedule();
          },
          () => schedule(),
        )
      : undefined;
  const frames = new InkFrameSource();
  const frameListeners = new Set<(bytes: string) => void>();
  let scheduled = false;
  let congested = false;
  let unmounted = false;
  let animation: unknown;
  let scroll = 0;

  const schedule = () => {
    if (scheduled || unmounted) return;
    scheduled = true;
    setImmediate(draw);
  };

  const visibleToasts = (now: number): Notice[] =>
    session.notices
      .filter(n => !ui.hiddenNotices.has(n.id) && (n.duration === null || now - n.time < n.duration * 1000))
      .slice(-3);

  function draw(): void {
    scheduled = false;
    if (unmounted || congested || probe?.waiting) return;
    const columns = Math.max(1, terminal.columns);
    const rows = Math.max(1, terminal.rows);
    const now = clock.now();
    const focused = keys.focused();
    const ctx: RenderContext = {session, ui, focused, columns, now, palette};
    const toasts = visibleToasts(now);
    const toastRows = toastLines(toasts, columns, palette);
    // The lines the app has: a box that fills the screen (a ChatInterface's chat) takes what the rest leaves.
    const bodyRows = Math.max(0, rows - 2 - toastRows.length);
    ui.screenRows = bodyRows;
    let body: string[];
    try {
      body = frames.render(<Body ctx={ctx} />, columns);
      // A long box's content height is known only once laid out: when one changed, draw again with the new
      // window (which can change what a chat draws, hence a second look; it settles at once in practice).
      for (let pass = 0; pass < 2 && measureBoxes(ui); pass++) {
        body = frames.render(<Body ctx={{...ctx, focused: keys.focused()}} />, columns);
      }
    } catch (error) {
      session.logger.error(`session ${session.id}: the screen could not be drawn`, error);
      return;
    }
    // Measuring can change what may take focus (a box that now overflows), so focus is looked at again.
    const {focused: shownFocus, edge} = keys.focusPlace();
    const shownProps = shownFocus ? session.props(shownFocus) : {};
    const footer = footerKeys(shownFocus, shownProps, {
      open: shownFocus ? ui.open.has(shownFocus) : false,
      scrolls: shownFocus ? overflows(shownFocus, session, ui) : false,
      pages: body.length > bodyRows && !(shownFocus && usesPageKeys(shownFocus, shownProps)),
      submits: shownFocus ? session.listenersOf(shownFocus, 'submit').length > 0 : false,
    });
    // The focus colour marks the border; the label sits on the line above it.
    const focus = focusLine(body);
    if (ui.pageMoves !== 0) {
      ui.pageTop = (ui.pageTop ?? scroll) + ui.pageMoves * Math.max(1, bodyRows - 1);
      ui.pageMoves = 0;
    }
    if (ui.pageTop !== undefined) ui.pageTop = Math.max(0, Math.min(ui.pageTop, body.length - bodyRows));
    scroll = ui.pageTop ?? scrollFor(body.length, bodyRows, focus > 0 ? focus - 1 : focus, scroll, edge);
    ui.bodyTop = 1 - scroll;
    const visible = [...showFocus(body.slice(scroll, scroll + bodyRows), palette)];
    while (visible.length < bodyRows) visible.push('');
    if (ui.help) overlay(visible, helpPanel(footer, describeFocus(shownFocus), columns));
    const hint = currentHint(now);
    const bottom = footerLine(footer, columns, hint, palette);
    const lines = [titleLine(session.app.title), ...visible, ...toastRows, bottom].slice(0, rows);
    const bytes = writer.render(lines, columns, rows);
    if (bytes !== '') {
      if (!terminal.write(bytes)) congested = true;
      for (const listener of frameListeners) listener(bytes);
    }
    animate(now, toasts);
  }

  /** Keeps redrawing while a spinner turns, and once more when the next toast expires. */
  /** The footer's passing hint, shown for HINT_MS from its first frame. */
  function currentHint(now: number): string | undefined {
    if (ui.hint === undefined) return undefined;
    ui.hintUntil ??= now + HINT_MS;
    if (now < ui.hintUntil) return ui.hint;
    ui.hint = ui.hintUntil = undefined;
    return undefined;
  }

  function animate(now: number, toasts: Notice[]): void {
    if (animation !== undefined) return;
    const running = session.blocks.some(b => session.status(b));
    const expiries = toasts.filter(n => n.duration !== null).map(n => n.time + (n.duration as number) * 1000 - now);
    if (ui.hintUntil !== undefined) expiries.push(ui.hintUntil - now);
    const delay = running ? ANIMATION_MS : expiries.length > 0 ? Math.max(1, Math.min(...expiries)) : undefined;
    if (delay === undefined) return;
    animation = clock.setTimeout(() => {
      animation = undefined;
      schedule();
    }, delay);
  }

  const unsubscribe = [
    terminal.onInput(data => input.push(data)),
    terminal.onResize(() => {
      writer.invalidate();
      schedule();
    }),
    terminal.onDrain(() => {
      if (!congested) return;
      congested = false;
      schedule();
    }),
    session.subscribe(() => schedule()),
  ];

  // Mouse reports (presses, releases, the wheel) in SGR form, which OpenSSH and tmux pass through.
  const mouse = options.mouse !== false;
  terminal.write(
    `${options.alternateScreen ? `${CSI}?1049h` : ''}${CSI}?25l${CSI}?2004h${mouse ? MOUSE_ON : ''}${probe ? BackgroundProbe.query : ''}`,
  );
  draw();

  return {
    session,
    async settled() {
      await probe?.ready;
      // Input handled → events run → their outputs schedule a frame → the frame is written; repeat until quiet.
      for (let round = 0; round < 100; round++) {
        await input.drained();
        await session.idle();
        await new Promise(resolve => setImmediate(resolve));
        if (!scheduled && !session.busy && input.idle) return;
      }
    },
    async quiet() {
      // As settled, but a handler asleep on the session's clock counts as done: only moving the clock wakes it.
      for (let round = 0; ; round++) {
        await input.drained();
        // Early rounds spin on the event loop (cheap); a run on real I/O then gets real time to finish.
        await new Promise(resolve => (round < 20 ? setImmediate(resolve) : setTimeout(resolve, 1)));
        if (!scheduled && session.timekeeper.quiet && input.idle) return;
      }
    },
    frame: () => writer.text(),
    locate: text => locate(text, session, ui, writer.text().split('\n')),
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    async unmount() {
      if (unmounted) return;
      unmounted = true;
      for (const off of unsubscribe) off();
      input.dispose();
      probe?.dispose();
      if (animation !== undefined) clock.clearTimeout(animation);
      frames.dispose();
      const leave = options.alternateScreen ? `${CSI}?1049l` : `${CSI}${Math.max(1, terminal.rows)};1H${terminal.newline}`;
      terminal.write(`${CSI}0m${CSI}?2004l${CSI}?25h${mouse ? MOUSE_OFF : ''}${leave}`);
    },
  };
}

export type {MountedApp, MountOptions} from './MountedApp.js';

/**
 * The first body line to show: unchanged while the focused block is in view,
 * otherwise moved just enough to bring it (and a little below it) in. On the
 * first Tab stop the top of the app shows when it can (a heading above it), on
 * the last the bottom does (text below it), so no part of a tall app is out of reach.
 */
export function scrollFor(height: number, rows: number, focus: number, current: number, edge?: 'first' | 'last'): number {
  const max = Math.max(0, height - rows);
  let top = Math.min(current, max);
  if (focus >= 0) {
    const margin = Math.min(4, Math.max(0, rows - 1));
    if (focus < top) top = focus;
    else if (focus + margin >= top + rows) top = focus + margin - rows + 1;
    if (edge === 'first' && focus + margin < rows) top = 0;
    if (edge === 'last') top = Math.max(top, Math.min(focus, max));
  }
  return Math.max(0, Math.min(top, max));
}
