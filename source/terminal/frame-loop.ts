import type {FrameWriter} from './FrameWriter.js';
import type {Clock, Terminal} from './Terminal.js';

/** One frame's lines at the terminal's size, and when the screen must next be drawn though nothing happened. */
export interface Frame {
  readonly lines: readonly string[];
  readonly columns: number;
  readonly rows: number;
  /** Milliseconds until a spinner turns or a toast or hint expires; undefined when nothing changes by itself. */
  wakeIn(): number | undefined;
}

export interface FrameLoopParts {
  clock: Clock;
  terminal: Terminal;
  writer: FrameWriter;
  /** The next frame, or undefined when there is none to draw. */
  compose: () => Frame | undefined;
  /** True while the first frame must wait (the terminal's background is being asked). */
  paused: () => boolean;
}

/**
 * When the screen is drawn: at most once per turn of the event loop however many changes
 * asked, never while the terminal has not taken the last frame, and again when something
 * animates. Each frame is written as a cell diff and shown to the frame listeners.
 */
export class FrameLoop {
  private scheduled = false;
  private congested = false;
  private stopped = false;
  private animation: unknown;
  private readonly listeners = new Set<(bytes: string) => void>();

  constructor(private readonly parts: FrameLoopParts) {}

  /** Whether a frame is asked for and not drawn yet. */
  get pending(): boolean {
    return this.scheduled;
  }

  /** Asks for a frame on the next turn of the event loop. */
  readonly schedule = (): void => {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => this.draw());
  };

  /** The terminal changed size: its cells are unknown, so the next frame is written whole. */
  resized(): void {
    this.parts.writer.invalidate();
    this.schedule();
  }

  /** The terminal took its backlog: the frame held back is drawn now. */
  drained(): void {
    if (!this.congested) return;
    this.congested = false;
    this.schedule();
  }

  onFrame(listener: (bytes: string) => void): () => boolean {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  draw(): void {
    this.scheduled = false;
    if (this.stopped || this.congested || this.parts.paused()) return;
    const frame = this.parts.compose();
    if (frame === undefined) return;
    const bytes = this.parts.writer.render(frame.lines, frame.columns, frame.rows);
    if (bytes !== '') {
      if (!this.parts.terminal.write(bytes)) this.congested = true;
      for (const listener of this.listeners) listener(bytes);
    }
    this.animate(frame);
  }

  /** No frame is drawn after this, and the animation timer is cleared. */
  stop(): void {
    this.stopped = true;
    if (this.animation !== undefined) this.parts.clock.clearTimeout(this.animation);
  }

  /** Keeps redrawing while a spinner turns, and once more when the next toast or hint expires. */
  private animate(frame: Frame): void {
    if (this.animation !== undefined) return;
    const delay = frame.wakeIn();
    if (delay === undefined) return;
    this.animation = this.parts.clock.setTimeout(() => {
      this.animation = undefined;
      this.schedule();
    }, delay);
  }
}
