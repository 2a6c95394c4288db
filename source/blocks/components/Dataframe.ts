import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {splitArgs} from '../component-args.js';

export interface DataframeValue {
  headers: string[];
  data: unknown[][];
}

export interface DataframeProps extends ComponentProps {
  /** Rows (a list of lists) or `{headers, data}`. */
  value?: ValueOrFactory<unknown[][] | DataframeValue>;
  /** Column titles when the value is bare rows. */
  headers?: string[];
  /** Rows shown before the table scrolls under its headers. Default 20. */
  maxHeight?: number;
}

/**
 * A table. The value is always `{headers, data}`; a handler may return bare rows
 * and the component's `headers` are used. Read-only in this version.
 */
export class Dataframe extends Component<DataframeValue, DataframeProps> {
  readonly type = 'dataframe';
  readonly events = ['change', 'select'] as const;
  readonly change = this.listener('change');
  readonly select = this.listener('select');

  constructor(arg?: DataframeProps) {
    const {value, props} = splitArgs<unknown[][] | DataframeValue, DataframeProps>(arg, (_a): _a is never => false);
    super((value ?? []) as DataframeValue, props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override postprocess(value: unknown, props: DataframeProps): DataframeValue {
    if (value === null || value === undefined) return {headers: props.headers ?? [], data: []};
    if (Array.isArray(value)) {
      const data = value.map(row => (Array.isArray(row) ? [...row] : [row]));
      const width = Math.max(0, ...data.map(row => row.length));
      const headers = props.headers ?? Array.from({length: width}, (_, i) => String(i + 1));
      return {headers, data};
    }
    const table = value as Partial<DataframeValue>;
    if (!Array.isArray(table.data)) throw new TypeError(`${this.describe()} expects rows or {headers, data}`);
    return {headers: table.headers ?? props.headers ?? [], data: table.data.map(row => [...row])};
  }
}
