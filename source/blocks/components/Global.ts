import {serialize} from 'node:v8';
import {Component, type ComponentProps} from '../Component.js';
import {BuildError} from '../errors.js';

/**
 * One value shared by every session of the process, usable as an input and an
 * output like State. When any session writes it, every live session's
 * `Global.change` listeners run, so other users' screens update at once. (A plain
 * module-level variable is shared too, as in Gradio, but other screens only see
 * it the next time their own events run.) Under `serve --store redis://...` the
 * value lives in Redis and every process serving the app shares it.
 */
export class Global<V = unknown> extends Component<V, ComponentProps> {
  readonly type = 'global';
  readonly events = ['change'] as const;
  readonly change = this.listener('change');
  override readonly hidden = true;

  constructor(value?: V, props: ComponentProps = {}) {
    super(value as V, props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override initialValue(): V {
    return structuredClone(this.initial as V);
  }

  override validate(): void {
    try {
      structuredClone(this.initial);
    } catch (error) {
      throw new BuildError(`${this.describe()}: its initial value must be plain data (${(error as Error).message})`);
    }
    // A shared store (serve --store) carries values in V8's serialization format, which
    // takes what structuredClone takes but for host objects such as Blob and File.
    try {
      serialize(this.initial);
    } catch (error) {
      throw new BuildError(
        `${this.describe()}: its initial value cannot be kept in a shared store (${(error as Error).message}); use plain data, typed arrays or Buffers instead`,
      );
    }
  }
}
