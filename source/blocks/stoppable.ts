import type {Handler, HandlerContext} from './events.js';
import {handlerArguments, takesContext} from './handler-arguments.js';

/** A generator handler that a Stop button can end, per session, between or during its steps. */
export interface Stoppable {
  /** The handler to attach: streams what `fn` yields until `fn` ends or `stop` is called for its session. */
  readonly run: Handler;
  /** Ends the run of the session this context belongs to, if one streams; what it yielded so far stays. */
  stop(context: HandlerContext): void;
}

const STOPPED = Symbol('stopped');

/**
 * Wraps a generator function so that a Stop button cancels it, as Gradio's
 * Interface does with `cancels`: the stream ends at once (its last outputs stay
 * on screen) and the generator is returned, so its `finally` blocks run. Runs are
 * told apart by their session's abort signal, which is one per session.
 */
export function stoppable(fn: Handler): Stoppable {
  const running = new Map<AbortSignal, () => void>();
  async function* run(...args: unknown[]): AsyncGenerator<unknown> {
    const context = args.at(-1) as HandlerContext;
    let stop!: () => void;
    const stopped = new Promise<typeof STOPPED>(resolve => {
      stop = () => resolve(STOPPED);
    });
    running.get(context.signal)?.();
    running.set(context.signal, stop);
    const iterator = fn(...handlerArguments(fn, args.slice(0, -1), context)) as AsyncIterator<unknown> | Iterator<unknown>;
    let finished = false;
    try {
      while (true) {
        const step = await Promise.race([iterator.next(), stopped]);
        if (step === STOPPED) break;
        if (step.done) {
          finished = true;
          return;
        }
        yield step.value;
      }
    } finally {
      if (running.get(context.signal) === stop) running.delete(context.signal);
      // A generator busy in an await finishes that step first; nothing it yields after Stop is shown.
      if (!finished) Promise.resolve(iterator.return?.(undefined)).catch(() => {});
    }
  }
  Object.defineProperty(run, 'name', {value: fn.name});
  return {
    run: takesContext(run),
    stop(context) {
      running.get(context.signal)?.();
    },
  };
}

/** Whether `fn` is a generator function (sync or async), as Gradio's `inspect.isgeneratorfunction`. */
export function isGeneratorFunction(fn: unknown): boolean {
  const kind = (fn as Function | undefined)?.constructor?.name;
  return kind === 'GeneratorFunction' || kind === 'AsyncGeneratorFunction';
}
