import {Block, type BlockProps} from './Block.js';
import {buildingApp} from './build-context.js';
import type {Timer} from './components/Timer.js';
import type {Dependency, ListenerOptions} from './Dependency.js';
import {BuildError} from './errors.js';
import type {EventListener, EventName, Handler, Inputs, Outputs} from './events.js';
import {isListenerKeywords, keywordListener} from './listener-keywords.js';

/** Props every component accepts, as Gradio's keyword arguments in camelCase. */
export interface ComponentProps extends BlockProps {
  /** Gradio's frame and padding around the component. Accepted so ports run; a terminal always draws its box. */
  container?: boolean;
  /** Gradio 6's buttons in a component's corner (`['copy']`, `['fullscreen']`): accepted so ports run; a terminal draws none (select and copy with the terminal's own keys). */
  buttons?: readonly string[];
  label?: string;
  info?: string;
  showLabel?: boolean;
  /** Whether the user can edit it. When not given it is inferred as Gradio does (see `resolveInteractive`). */
  interactive?: boolean;
  scale?: number;
  minWidth?: number;
  /**
   * With a function `value`: re-evaluates it on this period in seconds, in each
   * session, or on each tick of the gr.Timer given. As Gradio's `every`.
   */
  every?: number | Timer;
  /** With a function `value`: the components whose values it is called with, on load and whenever one changes. */
  inputs?: Component | readonly Component[];
}

/**
 * A component's value, or a function called once per session to make it; with
 * `inputs`, called with their values (and again on `every` or when they change).
 */
// biome-ignore lint/suspicious/noExplicitAny: the inputs' values are whatever those components hold
export type ValueOrFactory<V> = V | ((...inputs: any[]) => V);

/**
 * A component: a block with a value. Each component file says what its value is,
 * what a handler receives (`preprocess`) and how a returned value is normalised
 * for storage and display (`postprocess`), as Gradio's components do.
 */
export abstract class Component<V = unknown, P extends ComponentProps = ComponentProps> extends Block<P> {
  static override readonly mayWaitUnrendered: boolean = true;
  /** Events this component can fire. */
  abstract readonly events: readonly EventName[];
  /** The default value, or the function that makes one per session. */
  readonly initial: ValueOrFactory<V>;
  /** Whether the user can edit it, resolved when the app finishes building. */
  interactive = true;
  /** Whether this component only holds data and is never drawn (State, Timer). */
  readonly hidden: boolean = false;

  constructor(value: ValueOrFactory<V>, props: P) {
    super(props);
    this.initial = value;
  }

  /** A fresh value for a new session. */
  initialValue(): V {
    // A function of `inputs` waits for their values: its load listener (value-listener.ts) calls it.
    const computed = typeof this.initial === 'function' && this.props.inputs === undefined;
    const value = computed ? (this.initial as () => V)() : typeof this.initial === 'function' ? undefined : this.initial;
    return this.postprocess(value, this.props);
  }

  /** What a handler receives for the stored value. */
  preprocess(value: V, _props: P): unknown {
    return value;
  }

  /** Normalises a value a handler returned (or the user entered) into what is stored and shown. */
  postprocess(value: unknown, _props: P): V {
    return value as V;
  }

  /** Checks the component's default when the app is built; throws a BuildError naming it. */
  validate(): void {}

  /** Whether a user could give it a value: only interactive components accept user input. */
  get acceptsUserInput(): boolean {
    return true;
  }

  /**
   * Gives the component the label its app gives unlabelled ones (an Interface labels its
   * inputs after the function's parameters), unless it has one. Only while it is being placed.
   */
  labelIfUnset(label: string): void {
    if (this.props.label !== undefined && this.props.label !== null) return;
    (this as {props: Readonly<P>}).props = {...this.props, label};
  }

  protected listener(event: EventName): EventListener {
    // A component waiting unrendered may get listeners in the app being built, and be placed there later.
    const attach = (fn: Handler | null, inputs?: Inputs, outputs?: Outputs, options?: ListenerOptions): Dependency => {
      const app = this.owner ?? buildingApp();
      if (!app) {
        throw new BuildError(
          `${this.describe()}.${event}: listeners must be attached inside gr.Blocks(() => { ... }), as in Gradio`,
        );
      }
      return app.listen([{block: this, event}], fn, inputs, outputs, options);
    };
    const call = (first: unknown, ...rest: unknown[]) =>
      isListenerKeywords(first)
        ? keywordListener(`${this.describe()}.${event}`, first, rest, attach)
        : attach(first as Handler | null, ...(rest as [Inputs?, Outputs?, ListenerOptions?]));
    return Object.assign(call, {block: this as Block, event}) as EventListener;
  }
}

/** Keeps only the props a caller gave, so defaults spread underneath are not overwritten by `undefined`. */
export function definedProps<T extends object>(props: T): T {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as T;
}
