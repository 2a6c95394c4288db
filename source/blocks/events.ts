import type {Block} from './Block.js';
import type {BlocksApp} from './Blocks.js';
import type {Component} from './Component.js';
import type {Dependency, ListenerOptions} from './Dependency.js';
import type {NoticeOptions} from './errors.js';
import type {ListenerDecorator, ListenerKeywords} from './listener-keywords.js';

/** Every event a block can fire. `load`/`unload` belong to the app, `tick` to a Timer. */
export type EventName =
  | 'click'
  | 'submit'
  | 'change'
  | 'input'
  | 'focus'
  | 'blur'
  | 'select'
  | 'release'
  | 'tick'
  | 'expand'
  | 'collapse'
  | 'load'
  | 'unload';

/**
 * The context a handler receives after its inputs: who it runs for and how to
 * report back while it runs. Values are filled in by the session runtime. It also
 * carries the fields of its event's data, so Gradio's `evt: gr.SelectData` parameter
 * ports as is: `evt.index`, `evt.value`, `evt.selected` (and `ctx.event.data` is the whole).
 */
export interface HandlerContext {
  readonly sessionId: string;
  /** The user this session runs for (the SSH login when served), or undefined locally. */
  readonly user: SessionUser | undefined;
  /**
   * Shows progress on the event's outputs: `progress(fraction, description)` with a fraction
   * in [0, 1] or null for a spinner, or `progress.tqdm(items, {desc})` around a loop.
   */
  readonly progress: Progress;
  /** Aborted when the session closes: pass it to fetch() and stop long work when it fires. */
  readonly signal: AbortSignal;
  /** Shows an info toast to this user. */
  info(message: string, options?: NoticeOptions): void;
  /** Shows a warning toast to this user. */
  warning(message: string, options?: NoticeOptions): void;
  /** The event that started this run: which block, which event and its data (e.g. SelectData). */
  readonly event: EventData;
  /**
   * Waits `ms` on the session's clock: real time in `run` and `serve`, tape time in
   * `demo` (where it costs no wall time). Ends, rejecting, if the session closes. Same as `gr.sleep`.
   */
  sleep(ms: number): Promise<void>;
}

/** A handler's progress reporter, as Gradio's `gr.Progress`. */
export interface Progress {
  (fraction: number | null, description?: string): void;
  /** Yields the items of `items` and shows how many are done, as Gradio's `progress.tqdm`. */
  tqdm<T>(items: AsyncIterable<T>, options?: TqdmOptions): AsyncIterableIterator<T>;
  tqdm<T>(items: Iterable<T>, options?: TqdmOptions): IterableIterator<T>;
}

/** `progress.tqdm`'s options, as Gradio's: the label, the count when it cannot be known beforehand, the unit's name. */
export interface TqdmOptions {
  desc?: string;
  /** Default: the length of an array, string, Map or Set; otherwise unknown (a spinner and a count). */
  total?: number;
  /** Default `steps`. */
  unit?: string;
}

export interface SessionUser {
  readonly name: string;
  /** SHA256 fingerprint of the public key the user authenticated with, when one was used. */
  readonly keyFingerprint?: string;
}

/** Data a `select` event carries, as Gradio's `SelectData`. */
export interface SelectData {
  index: number | [number, number];
  value: unknown;
  selected: boolean;
}

export interface EventData {
  readonly target: Block | BlocksApp;
  readonly type: EventName;
  readonly data: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: handlers are user functions of any shape
export type Handler = (...args: any[]) => unknown;

/** Where a dependency's inputs and outputs may come from. */
export type Inputs = Component | readonly Component[] | null | undefined;
export type Outputs = Block | readonly Block[] | null | undefined;

/**
 * `button.click` and friends: call it to attach a handler; pass it to `gr.on` as a
 * trigger. It remembers which block and event it stands for.
 */
export interface EventListener {
  (fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions): Dependency;
  /** Gradio's keyword call, `btn.click(fn=f, inputs=a, outputs=b)`: `btn.click({fn: f, inputs: a, outputs: b})`. */
  (keywords: ListenerKeywords & {fn: Handler | null}): Dependency;
  /** Without `fn`, Gradio's decorator `@btn.click(inputs=a, outputs=b)`: returns a function taking the handler. */
  (keywords: ListenerKeywords): ListenerDecorator;
  readonly block: Block | BlocksApp;
  readonly event: EventName;
}

/**
 * Gradio's defaults: `change` coalesces to the last value; everything else, chained
 * listeners (`then`) included, ignores repeats while a run of the listener is pending.
 */
export function defaultTriggerMode(event: EventName | 'then'): 'once' | 'multiple' | 'always_last' {
  return event === 'change' ? 'always_last' : 'once';
}
