import type {Block} from '../blocks/Block.js';
import type {Component} from '../blocks/Component.js';
import {normalizeChoices} from '../blocks/choices.js';
import type {Session} from '../session/Session.js';
import {choiceWindowStart} from './components/Choices.js';
import {hitTest, type Rect} from './hit-test.js';
import type {Key} from './parse-input.js';
import {scrollByKey} from './scrolling.js';
import type {UiState} from './UiState.js';

type MouseKey = Extract<Key, {kind: 'mouse'}>;

/** What a mouse action needs of the key handler: focus a block, and hand it a key as if typed. */
export interface MouseTarget {
  session: Session;
  ui: UiState;
  /** Focuses the block if it can take focus; false if it cannot. */
  focus(block: Block): boolean;
  /** Handles a key for the focused block, as from the keyboard. */
  press(key: Key): void;
}

/** Lines of a component's frame above its content: its label (when it has one) and the box's top border. */
function contentTop(block: Block, session: Session, rect: Rect, bordered: boolean): number {
  const props = session.props(block);
  const labelled = props.showLabel !== false && block.type !== 'button';
  return rect.y + (labelled ? 1 : 0) + (bordered ? 1 : 0);
}

/**
 * The mouse, as in a browser: a press focuses what it lands on; on a button it also
 * clicks, on a checkbox it toggles, on a choice it picks that choice, in a one-line text
 * box it puts the cursor at that cell; the wheel scrolls the box under the pointer, or the page.
 */
export function handleMouse(key: MouseKey, target: MouseTarget): void {
  const {session, ui} = target;
  const hit = hitTest(ui, key.x, key.y);
  if (key.button === 'wheelup' || key.button === 'wheeldown') {
    const down = key.button === 'wheeldown';
    const scrolled =
      hit !== undefined && [0, 1, 2].every(() => scrollByKey(hit.block, session, ui, {kind: 'key', name: down ? 'down' : 'up'}));
    if (!scrolled) ui.pageTop = Math.max(0, (ui.pageTop ?? 1 - ui.bodyTop) + (down ? 3 : -3));
    return;
  }
  if (!key.press || key.button !== 'left' || !hit) return;
  const {block, rect} = hit;
  if (!target.focus(block)) return;
  switch (block.type) {
    case 'button':
      target.press({kind: 'key', name: 'enter'});
      return;
    case 'checkbox':
      target.press({kind: 'key', name: 'space'});
      return;
    case 'radio':
    case 'checkboxgroup': {
      const choices = normalizeChoices(session.props(block).choices as never);
      const line = key.y - contentTop(block, session, rect, true);
      const value = session.value(block as Component);
      const chosen = Array.isArray(value) ? value : [value];
      const around =
        ui.highlight.get(block) ??
        Math.max(
          0,
          choices.findIndex(c => chosen.includes(c.value)),
        );
      const index = choiceWindowStart(choices.length, around) + line;
      if (line < 0 || index >= choices.length) return;
      ui.highlight.set(block, index);
      target.press({kind: 'key', name: block.type === 'radio' ? 'enter' : 'space'});
      return;
    }
    case 'textbox': {
      const props = session.props(block);
      if (!props.interactive || Number(props.lines ?? 1) > 1) return;
      const value = String(session.value(block as Component) ?? '');
      // The text starts after the box's border and padding; a text wider than its box is not placed by cell.
      const cell = key.x - rect.x - 2;
      if (cell >= 0 && value.length < rect.width - 4) ui.cursor.set(block, Math.min(cell, value.length));
      return;
    }
  }
}
