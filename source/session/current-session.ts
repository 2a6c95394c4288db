import {AsyncLocalStorage} from 'node:async_hooks';
import type {NoticeOptions} from '../blocks/errors.js';
import type {HandlerContext} from '../blocks/events.js';

/** The handler run in progress: its context, which `gr.Info`, `gr.Warning` and `gr.context()` reach. */
export type RunScope = HandlerContext;

/** The part of AsyncLocalStorage the session uses; named here so the public declarations need no Node types. */
interface RunStore {
  run<R>(scope: RunScope, fn: () => R): R;
  getStore(): RunScope | undefined;
}

/** The handler run currently executing, so `gr.Info(...)` works without the context argument, as in Gradio. */
export const currentRun: RunStore = new AsyncLocalStorage<RunScope>();

/** `gr.Info('Saved')`: an info toast for the user whose event is running. Outside a handler it does nothing. */
export function Info(message: string, options?: NoticeOptions): void {
  currentRun.getStore()?.info(message, options);
}

/** `gr.Warning('Careful')`: a warning toast for the user whose event is running. */
export function Warning(message: string, options?: NoticeOptions): void {
  currentRun.getStore()?.warning(message, options);
}

/**
 * `gr.context()`: the context of the handler run in progress (session, user, event,
 * progress, signal, info, warning), the object a handler may also take as the
 * parameter after its inputs. Works anywhere the run reaches: after awaits, in
 * generators, in functions the handler calls. Gradio's `gr.Request` and
 * `gr.Progress` parameters, in one call. Outside a handler it throws.
 */
export function context(): HandlerContext {
  const scope = currentRun.getStore();
  if (!scope) {
    throw new Error('gr.context() was called outside a handler: call it while a listener, demo.load or demo.unload handler runs');
  }
  return scope;
}
