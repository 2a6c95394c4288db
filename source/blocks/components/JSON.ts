import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface JSONProps extends ComponentProps {
  value?: ValueOrFactory<unknown>;
  /** Lines shown before the value scrolls inside its box. Default 20. */
  maxHeight?: number;
}

/** `gr.JSON(value?, options?)`, as Gradio's positional parameters. An object value goes before an options object: `gr.JSON({a: 1}, {})`. */
export type JSONArgs =
  | [options?: JSONProps, ...none: never[]]
  | [value?: unknown, options?: Omit<JSONProps, 'value'>, ...none: never[]];

/** Any JSON-like value, pretty-printed. Display only. */
export class JSONView extends Component<unknown, JSONProps> {
  static readonly displayName = 'JSON';
  readonly type = 'json';
  readonly events = ['change'] as const;
  readonly change = this.listener('change');

  constructor(...args: JSONArgs) {
    const {value, props} = takeValue(componentArgs<JSONProps>('JSON', args, [param.any()]));
    super(value ?? null, props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }
}
