import type {Block} from '../blocks/Block.js';

/** Whether typed text goes into this block: an editable text box, code box or number (there ? is a character). */
export function takesTyping(block: Block, props: Readonly<Record<string, unknown>>): boolean {
  return (block.type === 'textbox' || block.type === 'code' || block.type === 'number') && Boolean(props.interactive);
}
