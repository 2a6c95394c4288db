import type {Block} from '../blocks/Block.js';
import type {Notice} from '../session/notices.js';
import type {Session} from '../session/Session.js';
import {footerLine, titleLine, toastLines} from './components/Screen.js';
import {focusLine} from './focus-marker.js';
import {footerKeys} from './footer-keys.js';
import type {Frame} from './frame-loop.js';
import {overlayHelp} from './help-overlay.js';
import type {InkFrameSource} from './InkFrameSource.js';
import type {KeyHandler} from './KeyHandler.js';
import {LiveBody} from './live-body.js';
import {type Palette, showFocus} from './palette.js';
import type {RenderContext} from './RenderContext.js';
import {followFocus} from './scroll-follow.js';
import {measureBoxes, overflows, usesPageKeys} from './scrolling.js';
import type {Clock, Terminal} from './Terminal.js';
import type {UiState} from './UiState.js';

/** How often the screen redraws while something animates (a spinner, an elapsed time). */
const ANIMATION_MS = 100;
/** How long the footer shows a hint such as "Tab to a text box to type". */
const HINT_MS = 2000;

export interface ScreenParts {
  session: Session;
  ui: UiState;
  keys: KeyHandler;
  frames: InkFrameSource;
  terminal: Terminal;
  clock: Clock;
  palette: () => Palette;
}

/**
 * Lays out one session's screen: the title, the app's body (rendered by Ink) scrolled to
 * follow focus, the toasts, the footer's keys and hint, and the help panel over the body.
 */
export class ScreenComposer {
  /** The body's first line on screen, kept between frames so a focus move scrolls no more than it must. */
  private scroll = 0;
  private readonly body: LiveBody;

  /** `redrawLayouts`: render the whole tree on every frame (see MountOptions). */
  constructor(
    private readonly parts: ScreenParts,
    redrawLayouts = false,
  ) {
    this.body = new LiveBody(parts.frames, redrawLayouts);
  }

  /** The next frame, or undefined when the app could not be drawn (logged). */
  compose(): Frame | undefined {
    const {session, ui, keys, terminal, clock} = this.parts;
    const palette = this.parts.palette();
    const columns = Math.max(1, terminal.columns);
    const rows = Math.max(1, terminal.rows);
    const now = clock.now();
    const focused = keys.focused();
    const toasts = this.visibleToasts(now);
    const toastRows = toastLines(toasts, columns, palette);
    // The lines the app has: a box that fills the screen (a ChatInterface's chat) takes what the rest leaves.
    const bodyRows = Math.max(0, rows - 2 - toastRows.length);
    ui.screenRows = bodyRows;
    const body = this.renderBody({session, ui, focused, columns, now, palette});
    if (body === undefined) return undefined;
    // Measuring can change what may take focus (a box that now overflows), so focus is looked at again.
    const {focused: shownFocus, edge} = keys.focusPlace();
    const footer = this.footerFor(shownFocus, body.length > bodyRows);
    // The focus colour marks the border; the label sits on the line above it.
    this.scroll = followFocus(ui, {height: body.length, rows: bodyRows}, focusLine(body), this.scroll, edge);
    const visible = [...showFocus(body.slice(this.scroll, this.scroll + bodyRows), palette)];
    while (visible.length < bodyRows) visible.push('');
    if (ui.help) overlayHelp(visible, footer, shownFocus, columns);
    const bottom = footerLine(footer, columns, this.currentHint(now), palette);
    const lines = [titleLine(session.app.title), ...visible, ...toastRows, bottom].slice(0, rows);
    return {lines, columns, rows, wakeIn: () => this.wakeIn(now, toasts)};
  }

  /** The app's body lines, or undefined when a view threw (logged, and the last frame stays). */
  private renderBody(ctx: RenderContext): readonly string[] | undefined {
    const {session, ui, keys} = this.parts;
    try {
      let body = this.body.render(ctx);
      // A long box's content height is known only once laid out: when one changed, draw again with the new
      // window (which can change what a chat draws, hence a second look; it settles at once in practice).
      for (let pass = 0; pass < 2 && measureBoxes(ui); pass++) {
        body = this.body.render({...ctx, focused: keys.focused()});
      }
      return body;
    } catch (error) {
      session.logger.error(`session ${session.id}: the screen could not be drawn`, error);
      return undefined;
    }
  }

  /** The keys the footer offers for the focused block; `tooTall` when the body has more lines than the screen. */
  private footerFor(focused: Block | undefined, tooTall: boolean): string[] {
    const {session, ui} = this.parts;
    const props = focused ? session.props(focused) : {};
    return footerKeys(focused, props, {
      open: focused ? ui.open.has(focused) : false,
      scrolls: focused ? overflows(focused, session, ui) : false,
      pages: tooTall && !(focused && usesPageKeys(focused, props)),
      submits: focused ? session.listenersOf(focused, 'submit').length > 0 : false,
    });
  }

  /** The last three toasts not closed and not expired. */
  private visibleToasts(now: number): Notice[] {
    const {session, ui} = this.parts;
    return session.notices
      .filter(n => !ui.hiddenNotices.has(n.id) && (n.duration === null || now - n.time < n.duration * 1000))
      .slice(-3);
  }

  /** The footer's passing hint, shown for HINT_MS from its first frame. */
  private currentHint(now: number): string | undefined {
    const {ui} = this.parts;
    if (ui.hint === undefined) return undefined;
    ui.hintUntil ??= now + HINT_MS;
    if (now < ui.hintUntil) return ui.hint;
    ui.hint = ui.hintUntil = undefined;
    return undefined;
  }

  /** When to draw again unasked: soon while a spinner turns, else when the next toast or hint expires. */
  private wakeIn(now: number, toasts: readonly Notice[]): number | undefined {
    const {session, ui} = this.parts;
    const running = session.blocks.some(b => session.status(b));
    const expiries = toasts.filter(n => n.duration !== null).map(n => n.time + (n.duration as number) * 1000 - now);
    if (ui.hintUntil !== undefined) expiries.push(ui.hintUntil - now);
    return running ? ANIMATION_MS : expiries.length > 0 ? Math.max(1, Math.min(...expiries)) : undefined;
  }
}
