import type {ChatMessage} from './components/Chatbot.js';
import type {HandlerContext} from './events.js';

/** A message on its way to `fn`: what the user said, and the conversation before it. */
export interface PendingTurn {
  readonly message: string;
  readonly history: readonly ChatMessage[];
}

/**
 * Which sessions of a ChatInterface have a turn under way, told apart by their
 * session's abort signal (one per session, so nothing outlives the session). A
 * turn is pending from the moment the user's message shows until `fn` starts on
 * it, then running until `fn` ends or is stopped. While a session has one, its
 * Enter, Submit and Retry wait: the message stays in the box, as Gradio keeps its
 * box locked while the reply comes.
 */
export class ChatTurns {
  private readonly pending = new WeakMap<AbortSignal, PendingTurn>();
  private readonly running = new WeakMap<AbortSignal, () => void>();

  busy(context: HandlerContext): boolean {
    return this.pending.has(context.signal) || this.running.has(context.signal);
  }

  queue(context: HandlerContext, turn: PendingTurn): void {
    this.pending.set(context.signal, turn);
  }

  /** The turn waiting for `fn`, which is then this run's own. */
  take(context: HandlerContext): PendingTurn | undefined {
    const turn = this.pending.get(context.signal);
    this.pending.delete(context.signal);
    return turn;
  }

  started(context: HandlerContext, stop: () => void): void {
    this.running.set(context.signal, stop);
  }

  ended(context: HandlerContext, stop: () => void): void {
    if (this.running.get(context.signal) === stop) this.running.delete(context.signal);
  }

  /** Ends the session's running reply where it is; what it streamed so far stays. */
  stop(context: HandlerContext): void {
    this.running.get(context.signal)?.();
  }
}
