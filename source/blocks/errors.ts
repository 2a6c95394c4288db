/**
 * The error a handler throws to show its message to the user and fail the event
 * (`.success()` listeners are skipped, `.failure()` listeners run), as Gradio's
 * `gr.Error`. Exported publicly as `gr.Error`.
 */
export class TermblocksError extends Error {
  /** Seconds the notice stays on screen; `null` keeps it until dismissed. */
  readonly duration: number | null;
  readonly title: string;

  constructor(message: string, options: {title?: string; duration?: number | null} = {}) {
    super(message);
    this.name = 'Error';
    this.title = options.title ?? 'Error';
    this.duration = options.duration === undefined ? 10 : options.duration;
  }
}

/** A mistake in how an app is built: thrown while the Blocks tree is being created. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}
