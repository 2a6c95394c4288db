import type {BlockProps} from '../Block.js';
import type {Update} from '../update.js';
import {isUpdateCall, Layout, type LayoutArgs, layoutUpdate, openLayout} from './Layout.js';

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

export function column<T>(...args: LayoutArgs<ColumnProps, Column, T>): T;
/** Without a build callback, returned from a handler: an update of that Column (see `layoutUpdate`). */
export function column(props?: ColumnProps): Update;
export function column<T>(...args: LayoutArgs<ColumnProps, Column, T> | [props?: ColumnProps]): T | Update {
  if (isUpdateCall(args)) return layoutUpdate('Column', args[0]);
  return openLayout(props => new Column(props), args as LayoutArgs<ColumnProps, Column, T>, {scale: 1, minWidth: 20});
}
