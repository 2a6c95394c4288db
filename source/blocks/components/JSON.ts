import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {splitArgs} from '../component-args.js';

export interface JSONProps extends ComponentProps {
  value?: ValueOrFactory<unknown>;
  /** Lines shown before the value scrolls inside its box. Default 20. */
  maxHeight?: number;
}

/** Any JSON-like value, pretty-printed. Display only. */
export class JSONView extends Component<unknown, JSONProps> {
  static readonly displayName = 'JSON';
  readonly type = 'json';
  readonly events = ['change'] as const;
  readonly change = this.listener('change');

  constructor(arg?: JSONProps) {
    const {value, props} = splitArgs<unknown, JSONProps>(arg, (_a): _a is never => false);
    super(value ?? null, props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }
}
