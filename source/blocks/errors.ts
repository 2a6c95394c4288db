/**
 * The error a handler throws to show its message to the user and fail the event
 * (`.success()` listeners are skipped, `.failure()` listeners run), as Gradio's
 * `gr.Error`. Exported publicly as `gr.Error`.
 */
export class TermblocksError extends Error {
  /** Seconds the notice stays on screen; `null` keeps it until dismissed. */
  readonly duration: number | null;
  readonly title: string;
  /** Whether the user sees it; either way the event fails. */
  readonly visible: boolean;

  /** Gradio's defaults: "Error raised.", 10 seconds (`null` or 0: until dismissed), title "Error", visible. */
  constructor(message = 'Error raised.', options: NoticeOptions = {}) {
    super(message);
    this.name = 'Error';
    this.title = options.title ?? 'Error';
    this.duration = noticeDuration(options.duration);
    this.visible = options.visible ?? true;
  }
}

/** Options of `gr.Error`, `gr.Info` and `gr.Warning`, as Gradio's keyword arguments. */
export interface NoticeOptions {
  /** The heading; default Error, Warning or Info. */
  title?: string;
  /** Seconds it stays; `null` or 0 keep it until the user dismisses it, as in Gradio. Default 10. */
  duration?: number | null;
  /** `false` shows nothing (a `gr.Error` still fails the event). Default true. */
  visible?: boolean;
}

/** How long a notice stays: Gradio's 10 seconds by default, and until dismissed for `null` or 0. */
export function noticeDuration(duration: number | null | undefined): number | null {
  if (duration === undefined) return 10;
  return duration === null || duration === 0 ? null : duration;
}

/** A mistake in how an app is built: thrown while the Blocks tree is being created. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}
