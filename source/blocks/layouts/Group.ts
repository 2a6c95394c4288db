import type {BlockProps} from '../Block.js';
import {Layout, type LayoutArgs, openLayout} from './Layout.js';

/** Draws its children together in one box, without the gaps between them. */
export class Group extends Layout<BlockProps> {
  readonly type = 'group';
}

export function group<T>(...args: LayoutArgs<BlockProps, Group, T>): T {
  return openLayout(props => new Group(props), args, {});
}
