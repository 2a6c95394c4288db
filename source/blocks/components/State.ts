import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {BuildError} from '../errors.js';

export interface StateProps extends ComponentProps {
  value?: ValueOrFactory<unknown>;
  /** Seconds a session keeps the value after it was last set; then `deleteCallback` runs and the default returns. */
  timeToLive?: number;
  /** Called with the value when it is dropped: when the session ends, or when `timeToLive` expires. */
  deleteCallback?: (value: unknown) => void;
}

/**
 * Session state (Gradio's `gr.State`, alias `gr.Variable`): one value per session,
 * never shown. Each session starts from its own `structuredClone` of the default,
 * or calls a function default once. `change` fires when a handler changed the value,
 * in-place mutation included.
 */
export class State<V = unknown> extends Component<V, StateProps> {
  readonly type = 'state';
  readonly events = ['change'] as const;
  readonly change = this.listener('change');
  override readonly hidden = true;

  constructor(value?: ValueOrFactory<V>, props: Omit<StateProps, 'value'> = {}) {
    super(value as ValueOrFactory<V>, props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override initialValue(): V {
    return typeof this.initial === 'function' ? (this.initial as () => V)() : structuredClone(this.initial);
  }

  override validate(): void {
    if (this.props.timeToLive !== undefined && !(this.props.timeToLive > 0)) {
      throw new BuildError(`${this.describe()}: timeToLive must be a positive number of seconds`);
    }
    if (this.props.deleteCallback !== undefined && typeof this.props.deleteCallback !== 'function') {
      throw new BuildError(`${this.describe()}: deleteCallback must be a function that receives the value`);
    }
    if (typeof this.initial === 'function') return;
    try {
      structuredClone(this.initial);
    } catch (error) {
      throw new BuildError(
        `${this.describe()}: its default value cannot be copied for each session (${(error as Error).message}). Pass a function that makes the value instead: gr.State(() => ...)`,
      );
    }
  }
}
