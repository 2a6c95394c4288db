import type {Block} from '../blocks/Block.js';
import type {BlocksApp} from '../blocks/Blocks.js';
import type {Component} from '../blocks/Component.js';
import {normalizeChoices} from '../blocks/choices.js';
import type {Dataset} from '../blocks/components/Dataset.js';
import type {Accordion} from '../blocks/layouts/Accordion.js';
import type {Layout} from '../blocks/layouts/Layout.js';
import type {Tabs} from '../blocks/layouts/Tabs.js';
import type {Session} from '../session/Session.js';
import {accordionOpen} from './components/Accordion.js';
import {chooseSample} from './components/Dataset.js';
import {focusOrder} from './focus-order.js';
import {followTree} from './follow-tree.js';
import {handleMouse} from './mouse-actions.js';
import type {Key} from './parse-input.js';
import {cursorAt, scrollByKey, usesPageKeys, viewSize} from './scrolling.js';
import {takesTyping} from './takes-typing.js';
import type {UiState} from './UiState.js';

/**
 * What each key does: Tab/Shift+Tab move focus, Ctrl+C quits, everything else
 * goes to the focused block (DESIGN.md's key table). Edits reach the session as
 * the user's input (`set`, `submit`, `click`, `select`).
 */
function hasTextBox(session: Session): boolean {
  return session.components.some(c => !c.hidden && takesTyping(c, session.props(c)));
}

export class KeyHandler {
  constructor(
    private readonly app: BlocksApp,
    private readonly session: Session,
    private readonly ui: UiState,
    private readonly quit: () => void,
  ) {}

  /** The focused block, moved to the first focusable one if it can no longer have focus. */
  focused(): Block | undefined {
    return this.focusPlace().focused;
  }

  /** The focused block, as `focused()`, and whether it is the first or the last Tab stop (a lone one counts as first). */
  focusPlace(): {focused: Block | undefined; edge: 'first' | 'last' | undefined} {
    followTree(this.session, this.ui, () => focusOrder(this.app, this.session, this.ui));
    const order = focusOrder(this.app, this.session, this.ui);
    if (!this.ui.focused || !order.includes(this.ui.focused)) this.ui.focused = order[0];
    this.ui.focusIndex = Math.max(0, order.indexOf(this.ui.focused as Block));
    const focused = this.ui.focused;
    const edge = !focused ? undefined : focused === order[0] ? 'first' : focused === order.at(-1) ? 'last' : undefined;
    return {focused, edge};
  }

  handle(key: Key) {
    if (key.kind === 'ctrl' && key.letter === 'c') return this.quit();
    if (key.kind === 'mouse') {
      if (this.ui.help) this.ui.help = !key.press;
      else
        handleMouse(key, {session: this.session, ui: this.ui, focus: block => this.focusOn(block), press: k => this.handle(k)});
      return;
    }
    // Any key closes the help panel, and does nothing else.
    if (this.ui.help) {
      this.ui.help = false;
      return;
    }
    const focused = this.focused();
    const typing = focused !== undefined && takesTyping(focused, this.session.props(focused));
    if (isKey(key, 'f1') || (key.kind === 'text' && key.text === '?' && !typing)) {
      this.ui.help = true;
      return;
    }
    // Typing where no text goes would vanish without a sign: say where it can go.
    if ((key.kind === 'text' || key.kind === 'paste') && !typing && hasTextBox(this.session)) {
      this.ui.hint = 'Tab to a text box to type';
      this.ui.hintUntil = undefined;
    }
    if (key.kind === 'key' && (key.name === 'tab' || key.name === 'backtab') && !(focused && this.ui.open.has(focused))) {
      this.ui.pageTop = undefined;
      return this.moveFocus(key.name === 'tab' ? 1 : -1);
    }
    if ((isKey(key, 'pageup') || isKey(key, 'pagedown')) && !(focused && usesPageKeys(focused, this.session.props(focused)))) {
      // As in a browser: the page keys scroll the whole app when the focused block has no use for them.
      this.ui.pageMoves += isKey(key, 'pagedown') ? 1 : -1;
      return;
    }
    // Any other key goes to the focused block, which comes back into view.
    this.ui.pageTop = undefined;
    if (!focused) return;
    switch (focused.type) {
      case 'textbox':
      case 'code':
        // An editable one is an editor (the arrows move its cursor); a read-only one has focus to scroll.
        if (this.session.props(focused).interactive) return this.editText(focused as Component, key);
        scrollByKey(focused, this.session, this.ui, key);
        return;
      case 'chatbot':
      case 'json':
      case 'markdown':
      case 'dataframe':
        scrollByKey(focused, this.session, this.ui, key);
        return;
      case 'number':
        return this.editNumber(focused as Component, key);
      case 'button':
        if (isKey(key, 'enter') || isKey(key, 'space')) this.act(this.session.click(focused as Component));
        return;
      case 'checkbox':
        if (isKey(key, 'space') || isKey(key, 'enter'))
          this.act(this.session.set(focused as Component, !this.session.value(focused as Component)));
        return;
      case 'slider':
        return this.slide(focused as Component, key);
      case 'radio':
      case 'checkboxgroup':
      case 'dropdown':
        return this.choose(focused as Component, key);
      case 'dataset':
        return chooseSample(focused as Dataset, key, this.session, this.ui, action => this.act(action));
      case 'tabs':
        return this.switchTab(focused as Tabs, key);
      case 'accordion':
        if (isKey(key, 'enter') || isKey(key, 'space'))
          this.ui.accordionOpen.set(
            focused as Layout,
            !accordionOpen(focused as Accordion, {session: this.session, ui: this.ui}),
          );
        return;
    }
  }

  /** Focuses `block` when it is a Tab stop (as a click does); says whether it is one. */
  private focusOn(block: Block): boolean {
    const order = focusOrder(this.app, this.session, this.ui);
    if (!order.includes(block)) return false;
    const from = this.ui.focused;
    if (from === block) return true;
    this.ui.focused = block;
    this.ui.pageTop = undefined;
    if (from) this.fire(from, 'blur');
    this.fire(block, 'focus');
    return true;
  }

  private moveFocus(step: 1 | -1) {
    const order = focusOrder(this.app, this.session, this.ui);
    if (order.length === 0) return;
    const from = this.ui.focused;
    const index = from ? order.indexOf(from) : -1;
    const next = order[(index + step + order.length) % order.length];
    if (from === next) return;
    this.ui.focused = next;
    if (from) this.fire(from, 'blur');
    this.fire(next, 'focus');
  }

  private editText(component: Component, key: Key) {
    const value = String(this.session.value(component) ?? '');
    const props = this.session.props(component);
    const multiline = component.type === 'code' || Number(props.lines ?? 1) > 1;
    let cursor = Math.min(this.ui.cursor.get(component) ?? value.length, value.length);
    let next = value;
    const insert = (text: string) => {
      const clean = multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]+/g, ' ');
      next = value.slice(0, cursor) + clean + value.slice(cursor);
      cursor += clean.length;
    };
    if (key.kind === 'text' || key.kind === 'paste') insert(key.text);
    else if (isKey(key, 'space')) insert(' ');
    else if (isKey(key, 'enter')) {
      if (multiline && !(key.kind === 'key' && key.alt)) insert('\n');
      else return this.act(this.session.submit(component));
    } else if (key.kind === 'alt' && key.letter === '\r') return this.act(this.session.submit(component));
    else if (isKey(key, 'backspace') && cursor > 0) {
      next = value.slice(0, cursor - 1) + value.slice(cursor);
      cursor--;
    } else if (isKey(key, 'delete')) next = value.slice(0, cursor) + value.slice(cursor + 1);
    else if (multiline && (isKey(key, 'up') || isKey(key, 'down') || isKey(key, 'pageup') || isKey(key, 'pagedown'))) {
      const page = Math.max(1, (viewSize(component, props) ?? Number(props.lines ?? 1)) - 1);
      const step = isKey(key, 'up') ? -1 : isKey(key, 'down') ? 1 : isKey(key, 'pageup') ? -page : page;
      cursor = lineMove(value, cursor, step);
    } else if (isKey(key, 'left')) cursor = Math.max(0, cursor - 1);
    else if (isKey(key, 'right')) cursor = Math.min(value.length, cursor + 1);
    else if (isKey(key, 'home') || isCtrl(key, 'a')) cursor = 0;
    else if (isKey(key, 'end') || isCtrl(key, 'e')) cursor = value.length;
    else if (isCtrl(key, 'u')) {
      next = value.slice(cursor);
      cursor = 0;
    } else if (isCtrl(key, 'w')) {
      const start = value.slice(0, cursor).replace(/\S+\s*$/, '').length;
      next = value.slice(0, start) + value.slice(cursor);
      cursor = start;
    }
    if (typeof props.maxLength === 'number' && next.length > props.maxLength && next.length > value.length) {
      next = next.slice(0, props.maxLength);
      cursor = Math.min(cursor, next.length);
    }
    this.ui.cursor.set(component, cursor);
    if (component.type === 'code') this.followCursor(component, next, cursor);
    if (next !== value) this.act(this.session.set(component, next));
  }

  /** Scrolls a Code block so the line being edited stays in its window. */
  private followCursor(component: Component, text: string, cursor: number) {
    const view = viewSize(component, this.session.props(component)) ?? 1;
    const line = cursorAt(text, cursor).line;
    const top = this.ui.scroll.get(component) ?? 0;
    const next = line < top ? line : line >= top + view ? line - view + 1 : top;
    if (next === 0) this.ui.scroll.delete(component);
    else this.ui.scroll.set(component, next);
  }

  private editNumber(component: Component, key: Key) {
    const props = this.session.props(component);
    const current = this.session.value(component) as number | null;
    const step = Number(props.step ?? 1);
    if (isKey(key, 'up') || isKey(key, 'down')) {
      this.ui.drafts.delete(component);
      return this.act(this.session.set(component, (current ?? 0) + (isKey(key, 'up') ? step : -step)));
    }
    if (isKey(key, 'enter')) return this.act(this.session.submit(component));
    const draft = this.ui.drafts.get(component) ?? (current === null ? '' : String(current));
    let next = draft;
    if (key.kind === 'text' || key.kind === 'paste') next = draft + key.text.replace(/[^0-9eE+\-.]/g, '');
    else if (isKey(key, 'backspace')) next = draft.slice(0, -1);
    else if (isCtrl(key, 'u')) next = '';
    else return;
    this.ui.drafts.set(component, next);
    this.ui.cursor.set(component, next.length);
    const parsed = next.trim() === '' ? null : Number(next);
    if (parsed === null || Number.isFinite(parsed)) this.act(this.session.set(component, parsed));
  }

  private slide(component: Component, key: Key) {
    const props = this.session.props(component);
    const value = Number(this.session.value(component));
    const min = Number(props.minimum ?? 0);
    const max = Number(props.maximum ?? 100);
    const step = Number(props.step ?? 1);
    const jump = Math.max(step, (max - min) / 10);
    let next = value;
    if (isKey(key, 'left') || isKey(key, 'down')) next = value - step;
    else if (isKey(key, 'right') || isKey(key, 'up')) next = value + step;
    else if (isKey(key, 'pagedown')) next = value - jump;
    else if (isKey(key, 'pageup')) next = value + jump;
    else if (isKey(key, 'home')) next = min;
    else if (isKey(key, 'end')) next = max;
    else return;
    this.act(this.session.set(component, Math.min(max, Math.max(min, next))));
  }

  private choose(component: Component, key: Key) {
    const props = this.session.props(component);
    const choices = normalizeChoices(props.choices as never);
    if (choices.length === 0) return;
    const value = this.session.value(component);
    const chosen = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    const multi = component.type === 'checkboxgroup' || (component.type === 'dropdown' && Boolean(props.multiselect));
    const isDropdown = component.type === 'dropdown';
    const open = this.ui.open.has(component);
    if (isDropdown && !open) {
      if (isKey(key, 'enter') || isKey(key, 'space') || isKey(key, 'down')) {
        this.ui.open.add(component);
        this.ui.highlight.set(
          component,
          Math.max(
            0,
            choices.findIndex(c => chosen.includes(c.value)),
          ),
        );
      }
      return;
    }
    const here =
      this.ui.highlight.get(component) ??
      Math.max(
        0,
        choices.findIndex(c => chosen.includes(c.value)),
      );
    const move = isKey(key, 'up') || isKey(key, 'left') ? -1 : isKey(key, 'down') || isKey(key, 'right') ? 1 : 0;
    if (move !== 0) {
      const next = (here + move + choices.length) % choices.length;
      this.ui.highlight.set(component, next);
      // A Radio chooses as the arrows move, as a browser's radio group does.
      if (component.type === 'radio') this.pick(component, choices[next].value, next, true);
      return;
    }
    if (isKey(key, 'escape')) {
      this.ui.open.delete(component);
      return;
    }
    const toggle = isKey(key, 'space') || (isKey(key, 'enter') && !multi);
    if (toggle) {
      const choice = choices[here];
      if (multi) {
        const selected = !chosen.includes(choice.value);
        const next = selected ? [...chosen, choice.value] : chosen.filter(v => v !== choice.value);
        this.pick(component, next, here, selected, choice.value);
      } else {
        this.pick(component, choice.value, here, true);
      }
      if (isDropdown && !multi) this.ui.open.delete(component);
      return;
    }
    if (isKey(key, 'enter') && isDropdown) this.ui.open.delete(component);
  }

  private pick(component: Component, value: unknown, index: number, selected: boolean, item: unknown = value) {
    const set = this.session.set(component, value);
    this.act(
      set.then(() =>
        component.events.includes('select')
          ? this.session.trigger(component, 'select', {index, value: item, selected})
          : undefined,
      ),
    );
  }

  private switchTab(tabs: Tabs, key: Key) {
    const count = this.session.children(tabs).filter(t => this.session.props(t).visible !== false).length;
    if (count === 0) return;
    const current = this.ui.selectedTab.get(tabs) ?? 0;
    const move = isKey(key, 'left') ? -1 : isKey(key, 'right') ? 1 : 0;
    if (move !== 0) this.ui.selectedTab.set(tabs, (current + move + count) % count);
  }

  private fire(block: Block, event: 'focus' | 'blur') {
    if ('events' in block && (block as Component).events.includes(event)) this.act(this.session.trigger(block, event));
  }

  /** User actions may be refused (a closed session, a value the component rejects); that must never crash the process. */
  private act(action: Promise<unknown>): void {
    action.catch(error => {
      if (!this.session.closed) this.session.logger.warn(`input refused: ${(error as Error).message}`);
    });
  }
}

/** The cursor moved `step` lines up (negative) or down, keeping its column where the line is long enough. */
export function lineMove(text: string, cursor: number, step: number): number {
  const {line, column} = cursorAt(text, cursor);
  const lines = text.split('\n');
  const target = Math.max(0, Math.min(lines.length - 1, line + step));
  let start = 0;
  for (let i = 0; i < target; i++) start += lines[i].length + 1;
  return start + Math.min(column, lines[target].length);
}

function isKey(key: Key, name: Extract<Key, {kind: 'key'}>['name']): boolean {
  return key.kind === 'key' && key.name === name;
}

function isCtrl(key: Key, letter: string): boolean {
  return key.kind === 'ctrl' && key.letter === letter;
}
