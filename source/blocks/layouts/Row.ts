import type {BlockProps} from '../Block.js';
import type {Update} from '../update.js';
import {isUpdateCall, Layout, type LayoutArgs, layoutUpdate, openLayout} from './Layout.js';

export interface RowProps extends BlockProps {
  /** Give every child the same height. */
  equalHeight?: boolean;
}

/** Lays its children side by side; children that do not fit wrap to the next line, as Gradio's rows do. */
export class Row extends Layout<RowProps> {
  readonly type = 'row';
}

export function row<T>(...args: LayoutArgs<RowProps, Row, T>): T;
/** Without a build callback, returned from a handler: an update of that Row (see `layoutUpdate`). */
export function row(props?: RowProps): Update;
export function row<T>(...args: LayoutArgs<RowProps, Row, T> | [props?: RowProps]): T | Update {
  if (isUpdateCall(args)) return layoutUpdate('Row', args[0]);
  return openLayout(props => new Row(props), args as LayoutArgs<RowProps, Row, T>, {});
}
