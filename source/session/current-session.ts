import {AsyncLocalStorage} from 'node:async_hooks';

/** What `gr.Info` and `gr.Warning` need from the run they are called in. */
export interface RunScope {
  info(message: string, options?: {title?: string; duration?: number | null}): void;
  warning(message: string, options?: {title?: string; duration?: number | null}): void;
}

/** The part of AsyncLocalStorage the session uses; named here so the public declarations need no Node types. */
interface RunStore {
  run<R>(scope: RunScope, fn: () => R): R;
  getStore(): RunScope | undefined;
}

/** The handler run currently executing, so `gr.Info(...)` works without the context argument, as in Gradio. */
export const currentRun: RunStore = new AsyncLocalStorage<RunScope>();

/** `gr.Info('Saved')`: an info toast for the user whose event is running. Outside a handler it does nothing. */
export function Info(message: string, options?: {title?: string; duration?: number | null}): void {
  currentRun.getStore()?.info(message, options);
}

/** `gr.Warning('Careful')`: a warning toast for the user whose event is running. */
export function Warning(message: string, options?: {title?: string; duration?: number | null}): void {
  currentRun.getStore()?.warning(message, options);
}
