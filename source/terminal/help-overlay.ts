import type {Block} from '../blocks/Block.js';
import {helpPanel} from './components/Screen.js';

/** Lays the help panel (F1) over the middle of the screen's body lines. */
export function overlayHelp(lines: string[], footer: readonly string[], focused: Block | undefined, columns: number): void {
  const panel = helpPanel(footer, describeFocus(focused), columns);
  const top = Math.max(0, Math.floor((lines.length - panel.length) / 2));
  for (let i = 0; i < panel.length && top + i < lines.length; i++) lines[top + i] = panel[i];
}

/** What the help panel calls the focused block: "text box", "button", ... */
function describeFocus(block: {type: string} | undefined): string {
  const names: Record<string, string> = {
    textbox: 'text box',
    checkboxgroup: 'checkbox group',
    dataset: 'examples table',
    tabs: 'tab bar',
  };
  return block ? (names[block.type] ?? block.type) : 'screen';
}
