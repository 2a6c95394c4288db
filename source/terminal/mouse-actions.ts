import stringWidth from 'string-width';
import type {Block} from '../blocks/Block.js';
import type {Component} from '../blocks/Component.js';
import {normalizeChoices} from '../blocks/choices.js';
import type {Dataset} from '../blocks/components/Dataset.js';
import type {Tabs} from '../blocks/layouts/Tabs.js';
import type {Session} from '../session/Session.js';
import {CHOICES_SHOWN, choiceWindowStart} from './components/Choices.js';
import {sampleAtLine} from './components/Dataset.js';
import {hitTest, type Rect} from './hit-test.js';
import type {Key} from './parse-input.js';
import {sanitizeLine} from './sanitize.js';
import {overflows, scrollByKey} from './scrolling.js';
import {textAreaOffsetAt} from './text-area-click.js';
import type {UiState} from './UiState.js';

type MouseKey = Extract<Key, {kind: 'mouse'}>;

/** Lines one wheel notch moves, as most terminals' own scrollback does. */
const WHEEL_LINES = 3;

/** What a mouse action needs of the key handler: focus a block, and hand it a key as if typed. */
export interface MouseTarget {
  session: Session;
  ui: UiState;
  /** Focuses the block if it can take focus; false if it cannot. */
  focus(block: Block): boolean;
  /** Handles a key for the focused block, as from the keyboard. */
  press(key: Key): void;
}

const key = (name: Extract<Key, {kind: 'key'}>['name']): Key => ({kind: 'key', name});

/** Lines of a component's frame above its content: its label (when it has one) and the box's top border. */
function contentTop(block: Block, session: Session, rect: Rect, bordered: boolean): number {
  const props = session.props(block);
  const labelled = props.showLabel !== false && block.type !== 'button';
  return rect.y + (labelled ? 1 : 0) + (bordered ? 1 : 0);
}

/**
 * The mouse, as in a browser: a press focuses what it lands on; on a button it also
 * clicks, on a checkbox it toggles, on a choice (a Radio's, a CheckboxGroup's, an open
 * Dropdown's, an Examples row) it picks that choice, on a closed Dropdown it opens the
 * list, on a tab's name it opens that tab, in a text box it puts the cursor
 * at that cell. The wheel scrolls the box under the pointer when its content overflows,
 * or else the page. Keys do the work wherever they can, so a click means what the
 * keyboard means (the same events fire).
 */
export function handleMouse(mouse: MouseKey, target: MouseTarget): void {
  const {session, ui} = target;
  const hit = hitTest(ui, mouse.x, mouse.y);
  if (mouse.button === 'wheelup' || mouse.button === 'wheeldown') {
    wheel(mouse.button === 'wheeldown', hit?.block, target);
    return;
  }
  if (!mouse.press || mouse.button !== 'left') return;
  // What the last frame drew depends on whether the box under the pointer was being edited (see textboxCell).
  const editing = ui.focused;
  // As a browser's select: a press anywhere else closes an open list.
  for (const open of ui.open) if (open !== hit?.block) ui.open.delete(open);
  if (!hit) return;
  const {block, rect} = hit;
  // A tab bar and an accordion hold other blocks: only their own line (the tabs' names, the title) is theirs.
  if ((block.type === 'tabs' || block.type === 'accordion') && mouse.y !== rect.y) return;
  if (!target.focus(block)) return;
  const line = mouse.y - contentTop(block, session, rect, true);
  switch (block.type) {
    case 'button':
    case 'accordion':
      target.press(key('enter'));
      return;
    case 'checkbox':
      target.press(key('space'));
      return;
    case 'radio':
    case 'checkboxgroup':
      pickChoice(block, line, target, block.type === 'radio' ? 'enter' : 'space');
      return;
    case 'dropdown':
      // Closed, any press opens the list (as Enter does); open, its value line closes it, a row picks.
      if (!ui.open.has(block)) target.press(key('enter'));
      else if (line <= 0) target.press(key('escape'));
      else pickChoice(block, line - 1, target, session.props(block).multiselect ? 'space' : 'enter');
      return;
    case 'dataset': {
      const index = sampleAtLine(block as Dataset, session, ui, line);
      if (index === undefined) return;
      ui.highlight.set(block, index);
      target.press(key('enter'));
      return;
    }
    case 'tabs': {
      const index = tabAt(block as Tabs, session, mouse.x - rect.x);
      if (index !== undefined) ui.selectedTab.set(block, index);
      return;
    }
    case 'textbox':
      textboxCell(block, {x: mouse.x - rect.x - 2, y: line}, editing === block, target, rect);
      return;
  }
}

/**
 * Puts a text box's cursor at the clicked cell (`at` is inside the border and padding). A box of
 * several lines is matched against what the last frame drew: the window of lines around the cursor
 * while it was being edited, else around the text's end.
 */
function textboxCell(block: Block, at: {x: number; y: number}, wasEditing: boolean, target: MouseTarget, rect: Rect): void {
  const {session, ui} = target;
  const props = session.props(block);
  if (!props.interactive) return;
  const value = String(session.value(block as Component) ?? '');
  const lines = Math.max(1, Number(props.lines ?? 1));
  if (lines > 1) {
    // A password's bullets stand one for each character: no cell maps to a character then.
    if (props.type === 'password') return;
    // On the label or the border, the click only focuses: the cursor stays where it was.
    if (at.y < 0 || at.x < 0) return;
    const cursor = wasEditing ? Math.min(ui.cursor.get(block) ?? value.length, value.length) : undefined;
    const box = {text: value, cursor, width: Math.max(1, rect.width - 4), lines, maxLines: Number(props.maxLines ?? 20)};
    ui.cursor.set(block, textAreaOffsetAt(box, at.y, at.x));
    return;
  }
  // A text wider than its one-line box is not placed by cell.
  if (at.x >= 0 && value.length < rect.width - 4) ui.cursor.set(block, Math.min(at.x, value.length));
}

/** One notch of the wheel: the box under the pointer moves if it has more to show, otherwise the page does. */
function wheel(down: boolean, block: Block | undefined, target: MouseTarget): void {
  const {session, ui} = target;
  // A text being edited shows the lines around its cursor: the wheel moves the cursor, as ↑/↓ do there.
  if (block && block === ui.focused && editsLongText(block, session)) {
    for (let i = 0; i < WHEEL_LINES; i++) target.press(key(down ? 'down' : 'up'));
    return;
  }
  if (block && overflows(block, session, ui)) {
    for (let i = 0; i < WHEEL_LINES; i++) scrollByKey(block, session, ui, key(down ? 'down' : 'up'));
    return;
  }
  // The page's first line now is what the last frame showed: 1 - bodyTop (the frame clamps what this asks).
  ui.pageTop = Math.max(0, (ui.pageTop ?? 1 - ui.bodyTop) + (down ? WHEEL_LINES : -WHEEL_LINES));
}

/** An editable text box of several lines holding more lines than it shows. */
function editsLongText(block: Block, session: Session): boolean {
  const props = session.props(block);
  if (block.type !== 'textbox' || !props.interactive || Number(props.lines ?? 1) <= 1) return false;
  const most = Math.max(Number(props.lines ?? 1), Number(props.maxLines ?? 20));
  return String(session.value(block as Component) ?? '').split('\n').length > most;
}

/** Picks the choice drawn on `line` of a list (0 is its first row), through the key that picks the highlighted one. */
function pickChoice(block: Block, line: number, target: MouseTarget, pick: 'enter' | 'space'): void {
  const {session, ui} = target;
  const choices = normalizeChoices(session.props(block).choices as never);
  const value = session.value(block as Component);
  const chosen = Array.isArray(value) ? value : [value];
  // The window the list is drawn with: around the highlight, else the first chosen choice (see Choices.tsx).
  const around =
    ui.highlight.get(block) ??
    Math.max(
      0,
      choices.findIndex(c => chosen.includes(c.value)),
    );
  const index = choiceWindowStart(choices.length, around) + line;
  // Below the rows is the "↓ n more" line, which picks nothing.
  if (line < 0 || line >= CHOICES_SHOWN || index >= choices.length) return;
  ui.highlight.set(block, index);
  target.press(key(pick));
}

/**
 * The visible tab whose name is drawn at `column` of the bar: each name is padded by a space and one cell apart.
 * The tabs are this session's, as Tabs.tsx draws them.
 */
function tabAt(tabs: Tabs, session: Session, column: number): number | undefined {
  const shown = session.children(tabs).filter(t => session.props(t).visible !== false);
  let start = 0;
  for (let i = 0; i < shown.length; i++) {
    const width = stringWidth(` ${sanitizeLine(String(session.props(shown[i]).label ?? ''))} `);
    if (column >= start && column < start + width) return i;
    start += width + 1;
  }
  return undefined;
}
