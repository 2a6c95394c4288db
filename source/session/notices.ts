import {noticeDuration} from '../blocks/errors.js';

/** A message shown to one user as a toast: an error, a warning or an info. */
export interface Notice {
  readonly id: number;
  readonly level: 'error' | 'warning' | 'info';
  readonly title: string;
  readonly message: string;
  /** Seconds the toast stays; null keeps it until dismissed. */
  readonly duration: number | null;
  /** When it was raised, on the session's clock (ms since the epoch in real time). */
  readonly time: number;
}

/** The most notices a session remembers; older ones drop off so a long session stays small. */
const KEEP = 50;

export class NoticeBoard {
  private list: Notice[] = [];
  private nextId = 1;

  constructor(private readonly now: () => number) {}

  get all(): readonly Notice[] {
    return this.list;
  }

  add(level: Notice['level'], message: string, options: {title?: string; duration?: number | null} = {}): Notice {
    const notice: Notice = {
      id: this.nextId++,
      level,
      title: options.title ?? {error: 'Error', warning: 'Warning', info: 'Info'}[level],
      message,
      // Gradio's gr.Error, gr.Warning and gr.Info all stay 10 seconds unless told otherwise.
      duration: noticeDuration(options.duration),
      time: this.now(),
    };
    this.list = [...this.list.slice(-(KEEP - 1)), notice];
    return notice;
  }

  dismiss(id: number): boolean {
    const before = this.list.length;
    this.list = this.list.filter(n => n.id !== id);
    return this.list.length !== before;
  }
}
