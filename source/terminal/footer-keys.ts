import type {Block} from '../blocks/Block.js';
import {datasetPages} from './components/Dataset.js';

/**
 * The keys that apply to the focused block, shown in the footer. `scrolls` says
 * the block's content overflows its box; `pages` that the app is taller than the
 * screen and PgUp/PgDn scroll it.
 */
export function footerKeys(
  block: Block | undefined,
  props: Readonly<Record<string, unknown>>,
  open: boolean,
  scrolls = false,
  pages = false,
): string[] {
  const common = [...(pages ? ['PgUp/PgDn page'] : []), 'Tab next', 'Shift+Tab back', 'Ctrl+C quit'];
  const scrollKeys = ['↑/↓ scroll', 'PgUp/PgDn page', 'Home/End top/bottom'];
  switch (block?.type) {
    case 'textbox':
      if (!props.interactive) return [...scrollKeys, ...common];
      return [
        Number(props.lines ?? 1) > 1 ? 'Enter newline · Alt+Enter submit' : 'Enter submit',
        Number(props.lines ?? 1) > 1 ? 'arrows move' : '←/→ move',
        'Ctrl+U clear',
        ...common,
      ];
    case 'number':
      return ['Enter submit', '↑/↓ step', ...common];
    case 'code':
      if (!props.interactive) return [...scrollKeys, ...common];
      return ['Enter newline', 'arrows move', ...(scrolls ? ['PgUp/PgDn page'] : []), ...common];
    case 'chatbot':
    case 'json':
    case 'markdown':
    case 'dataframe':
      return [...scrollKeys, ...common];
    case 'button':
      return ['Enter/Space click', ...common];
    case 'checkbox':
      return ['Space toggle', ...common];
    case 'checkboxgroup':
      return ['↑/↓ move', 'Space toggle', ...common];
    case 'radio':
      return ['↑/↓ choose', ...common];
    case 'dropdown':
      return open
        ? ['↑/↓ move', props.multiselect ? 'Space toggle · Enter close' : 'Enter pick', 'Esc close']
        : ['Enter open', ...common];
    case 'slider':
      return ['←/→ step', 'PgUp/PgDn jump', ...common];
    case 'dataset':
      return ['↑/↓ move', 'Enter choose', ...(datasetPages(props) ? ['←/→ page'] : []), ...common];
    case 'tabs':
      return ['←/→ switch tab', ...common];
    case 'accordion':
      return ['Enter/Space open/close', ...common];
    default:
      return common;
  }
}
