import type {BlockProps} from '../Block.js';
import {Layout, type LayoutArgs, openLayout} from './Layout.js';

export interface RowProps extends BlockProps {
  /** Give every child the same height. */
  equalHeight?: boolean;
}

/** Lays its children side by side; children that do not fit wrap to the next line, as Gradio's rows do. */
export class Row extends Layout<RowProps> {
  readonly type = 'row';
}

export function row<T>(...args: LayoutArgs<RowProps, Row, T>): T {
  return openLayout(props => new Row(props), args, {});
}
