import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';
import {BuildError} from '../errors.js';

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
  /**
   * What a handler receives, as Gradio's `type`: `'array'` (and `'numpy'`) the rows as a list
   * of lists; `'pandas'` (the default) and `'polars'` the `{headers, data}` table, the closest
   * JavaScript has to a DataFrame. Always a copy, so a handler may change it in place.
   */
  type?: 'pandas' | 'numpy' | 'array' | 'polars';
}

const DATAFRAME_TYPES: readonly string[] = ['pandas', 'numpy', 'array', 'polars'];

/** `gr.Dataframe(value?, options?)`, as Gradio's positional parameters. A `{headers, data}` value goes before an options object. */
export type DataframeArgs =
  | [options?: DataframeProps, ...none: never[]]
  | [value?: DataframeProps['value'] | null, options?: Omit<DataframeProps, 'value'>, ...none: never[]];

/**
 * A table. The value is always `{headers, data}`; a handler may return bare rows
 * and the component's `headers` are used. Read-only in this version.
 */
export class Dataframe extends Component<DataframeValue, DataframeProps> {
  readonly type = 'dataframe';
  readonly events = ['change', 'select'] as const;
  readonly change = this.listener('change');
  readonly select = this.listener('select');

  constructor(...args: DataframeArgs) {
    const {value, props} = takeValue(
      componentArgs<DataframeProps>('Dataframe', args, [
        param.custom(
          'value',
          'rows (a list of lists), {headers, data}, or a function that makes them',
          v => v === null || typeof v === 'object' || typeof v === 'function',
        ),
      ]),
    );
    if (props.type !== undefined && !DATAFRAME_TYPES.includes(props.type)) {
      throw new BuildError(`gr.Dataframe: type must be one of ${DATAFRAME_TYPES.join(', ')}, got ${JSON.stringify(props.type)}`);
    }
    super((value ?? []) as DataframeValue, props);
  }

  override preprocess(value: DataframeValue, props: DataframeProps): unknown {
    const data = value.data.map(row => [...row]);
    if (props.type === 'array' || props.type === 'numpy') return data;
    return {headers: [...value.headers], data};
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
