import type {Block} from '../blocks/Block.js';
import type {Component} from '../blocks/Component.js';
import {normalizeChoices} from '../blocks/choices.js';
import {Layout} from '../blocks/layouts/Layout.js';
import type {Session} from '../session/Session.js';
import {rectOf} from './hit-test.js';
import type {UiState} from './UiState.js';

/** Where to point for a name the user reads on the screen, or why there is no one place. */
export type MouseSpot = {x: number; y: number; block: Block} | {problem: string};

/**
 * The texts a block shows that a user would name to click it: its label, a button's
 * text, its choices (an open Dropdown's only, a closed one's are not drawn), its
 * tabs' names, an Examples table's cells.
 */
function namesOf(block: Block, session: Session, ui: UiState): string[] {
  const props = session.props(block);
  const names: string[] = [];
  if (typeof props.label === 'string' && props.showLabel !== false) names.push(props.label);
  switch (block.type) {
    case 'button':
      names.push(String(session.value(block as Component) ?? ''));
      break;
    case 'radio':
    case 'checkboxgroup':
      names.push(...normalizeChoices(props.choices as never).map(c => c.label));
      break;
    case 'dropdown':
      if (ui.open.has(block)) names.push(...normalizeChoices(props.choices as never).map(c => c.label));
      break;
    case 'tabs':
      names.push(...childrenOf(block, session).map(tab => String(session.props(tab).label ?? '')));
      break;
    case 'dataset': {
      const labels = Array.isArray(props.sampleLabels) ? (props.sampleLabels as unknown[]) : [];
      const samples = Array.isArray(props.samples) ? (props.samples as unknown[][]) : [];
      names.push(...labels.map(String), ...samples.flat().map(String));
      break;
    }
  }
  return names.filter(name => name.trim() !== '');
}

const wordChar = /[\p{L}\p{N}_]/u;

/** The first column in `line` where `text` stands whole (no letter or digit glued to either end) within [from, to). */
function wholeAt(line: string, text: string, from: number, to: number): number | undefined {
  for (let at = line.indexOf(text, from); at >= 0 && at + text.length <= to; at = line.indexOf(text, at + 1)) {
    const before = line[at - 1] ?? ' ';
    const after = line[at + text.length] ?? ' ';
    if (!wordChar.test(before) && !wordChar.test(after)) return at;
  }
  return undefined;
}

/**
 * The cell a tape's `Click "text"` points at: the first cell of `text` where a block
 * that is named so (see `namesOf`) draws it on the screen now, the page's scroll counted.
 * One block must match: none, or several, is a problem that says what the screen holds.
 * `screen` is the frame as drawn, one string per row (cells as characters).
 */
export function locate(text: string, session: Session, ui: UiState, screen: readonly string[]): MouseSpot {
  const bodyEnd = 1 + (ui.screenRows ?? screen.length - 2);
  const shown: {block: Block; x: number; y: number}[] = [];
  const hidden: Block[] = [];
  const visibleNames = new Set<string>();
  for (const [block, node] of ui.nodes) {
    const names = namesOf(block, session, ui);
    const rect = rectOf(node);
    const top = rect.y + ui.bodyTop;
    let spot: {x: number; y: number} | undefined;
    for (let y = Math.max(1, top); y < Math.min(bodyEnd, top + rect.height, screen.length); y++) {
      for (const name of names) if (screen[y].includes(name)) visibleNames.add(name);
      const x = spot ? undefined : wholeAt(screen[y], text, rect.x, rect.x + rect.width);
      if (x !== undefined) spot = {x, y};
    }
    if (!names.includes(text)) continue;
    if (spot) shown.push({block, ...spot});
    else hidden.push(block);
  }
  const quoted = JSON.stringify(text);
  // A block inside another (a box in a tab) can show the outer one's name only by chance: the smallest one drew it.
  const distinct = shown.filter(
    s => !shown.some(o => o !== s && o.x === s.x && o.y === s.y && contains(s.block, o.block, session)),
  );
  if (distinct.length === 1) return distinct[0];
  if (distinct.length > 1) {
    const which = distinct.map(s => `${s.block.describe()} (row ${s.y + 1})`).join(', ');
    return {problem: `${quoted} is on ${distinct.length} components: ${which}; click one by a name only it shows`};
  }
  if (hidden.length > 0)
    return {problem: `${quoted} (${hidden[0].describe()}) is not on the screen now: scroll to it first (Scroll Down)`};
  const names = [...visibleNames].map(n => JSON.stringify(n));
  const list = names.length > 0 ? `the screen shows ${names.slice(0, 12).join(', ')}` : 'nothing on the screen can be clicked';
  return {problem: `no component on the screen is labelled ${quoted}, nor shows it as a button or a choice: ${list}`};
}

/** A layout's blocks in this session (a `gr.render` shows its latest run's); none for a component. */
function childrenOf(block: Block, session: Session): readonly Block[] {
  return block instanceof Layout ? session.children(block) : [];
}

/** Whether `outer` holds `inner` among its descendants, as this session draws them. */
function contains(outer: Block, inner: Block, session: Session): boolean {
  return childrenOf(outer, session).some(child => child === inner || contains(child, inner, session));
}
