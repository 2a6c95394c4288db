import type {BlockProps} from '../Block.js';
import {Layout, type LayoutArgs, openLayout} from './Layout.js';

export interface ColumnProps extends BlockProps {
  /** Share of the row's spare width this column takes (flex grow). Default 1. */
  scale?: number;
  /** Narrowest the column may get, in terminal cells; below it the row wraps. */
  minWidth?: number;
}

/** Stacks its children top to bottom. */
export class Column extends Layout<ColumnProps> {
  readonly type = 'column';
}

export function column<T>(...args: LayoutArgs<ColumnProps, Column, T>): T {
  return openLayout(props => new Column(props), args, {scale: 1, minWidth: 20});
}
