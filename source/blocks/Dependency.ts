import type {Block, RenderKey} from './Block.js';
import type {BlocksApp} from './Blocks.js';
import type {Component} from './Component.js';
import type {EventName, Handler, Inputs, Outputs} from './events.js';

export type TriggerMode = 'once' | 'multiple' | 'always_last';
export type ShowProgress = 'full' | 'minimal' | 'hidden';

/** Options of a listener, as Gradio's keyword arguments in camelCase. */
export interface ListenerOptions {
  /** What a repeat trigger does while this listener runs for the same session. Default: per event, as Gradio. */
  triggerMode?: TriggerMode;
  /**
   * How many runs of this listener (or of its `concurrencyId` group) may run at once
   * across every session of the process. `null` or not given: no limit (see README:
   * Gradio's default of 1 would let one slow user stall every SSH user).
   */
  concurrencyLimit?: number | null;
  /** Listeners sharing an id share one concurrency limit. */
  concurrencyId?: string;
  /** How the outputs show that the event runs. Default `full`. */
  showProgress?: ShowProgress;
  /** The listener's name in `demo.config()` and in messages. Default: the handler's name. */
  apiName?: string | false;
  /** Gradio's switch for its browser queue. Accepted so ports run unchanged; it changes nothing here (see README). */
  queue?: boolean;
  /**
   * Inside `gr.render`: the listener the next run makes with the same key is this one
   * again, as Gradio 5's listener `key`, so a run of it still going when the render
   * runs again writes its outputs into the blocks that took its outputs' keys, and
   * the listeners chained after the new one follow. Outside a render it changes nothing.
   */
  key?: RenderKey;
}

export interface Trigger {
  readonly block: Block | BlocksApp;
  readonly event: EventName;
}

/** When a chained listener runs after its parent: always, only on success, only on failure. */
export type ChainCondition = 'always' | 'success' | 'failure';

/**
 * One event listener: what triggers it, the handler, its inputs and outputs, and
 * the listeners chained after it. Returned by `button.click(...)` and friends.
 */
export class Dependency {
  readonly children: Dependency[] = [];

  constructor(
    readonly app: BlocksApp,
    readonly id: number,
    readonly triggers: readonly Trigger[],
    readonly fn: Handler | null,
    readonly inputs: readonly Component[],
    readonly outputs: readonly Block[],
    readonly options: Required<Pick<ListenerOptions, 'triggerMode' | 'showProgress'>> & ListenerOptions,
    readonly after?: {readonly parent: Dependency; readonly condition: ChainCondition},
  ) {}

  /** The listener's name in messages (see `listenerName`). */
  get name(): string {
    return listenerName(this.fn, this.options, this.triggers, this.after?.parent);
  }

  /** Runs `fn` after this listener finishes, whether it succeeded or failed. */
  // biome-ignore lint/suspicious/noThenProperty: Gradio's name for chaining; a Dependency is never awaited.
  then(fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions): Dependency {
    return this.app.chain(this, 'always', fn, inputs, outputs, options);
  }

  /** Runs `fn` after this listener finishes without error. */
  success(fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions): Dependency {
    return this.app.chain(this, 'success', fn, inputs, outputs, options);
  }

  /** Runs `fn` after this listener fails. */
  failure(fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions): Dependency {
    return this.app.chain(this, 'failure', fn, inputs, outputs, options);
  }
}

/**
 * How messages name a listener, as Gradio names an endpoint: its `apiName`, else its
 * handler's name (`greet`, or `greet` for `greet.bind(x)`); an anonymous handler is
 * named after what starts it (`<anonymous> on Button "Go".click`, `<anonymous> after greet`).
 */
export function listenerName(
  fn: Handler | null,
  options: ListenerOptions,
  triggers: readonly Trigger[],
  parent?: {readonly name: string},
): string {
  if (typeof options.apiName === 'string' && options.apiName !== '') return options.apiName;
  const own = fn?.name.replace(/^(bound )+/, '');
  if (own) return own;
  if (parent) return `<anonymous> after ${parent.name}`;
  const what = triggers.map(t => `${'describe' in t.block ? t.block.describe() : 'demo'}.${t.event}`);
  return what.length > 0 ? `<anonymous> on ${what.join(', ')}` : '<anonymous>';
}
