import type {BlockProps} from '../Block.js';
import type {Update} from '../update.js';
import {isUpdateCall, Layout, type LayoutArgs, layoutUpdate, openLayout} from './Layout.js';

/** Draws its children together in one box, without the gaps between them. */
export class Group extends Layout<BlockProps> {
  readonly type = 'group';
}

export function group<T>(...args: LayoutArgs<BlockProps, Group, T>): T;
/** Without a build callback, returned from a handler: an update of that Group (see `layoutUpdate`). */
export function group(props?: BlockProps): Update;
export function group<T>(...args: LayoutArgs<BlockProps, Group, T> | [props?: BlockProps]): T | Update {
  if (isUpdateCall(args)) return layoutUpdate('Group', args[0]);
  return openLayout(props => new Group(props), args as LayoutArgs<BlockProps, Group, T>, {});
}
