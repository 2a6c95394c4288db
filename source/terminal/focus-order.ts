import type {Block} from '../blocks/Block.js';
import type {BlocksApp} from '../blocks/Blocks.js';
import {Component} from '../blocks/Component.js';
import {Accordion} from '../blocks/layouts/Accordion.js';
import {Layout} from '../blocks/layouts/Layout.js';
import {Tabs} from '../blocks/layouts/Tabs.js';
import type {Session} from '../session/Session.js';
import {accordionOpen} from './components/Accordion.js';
import {selectedTab} from './components/Tabs.js';
import {overflows} from './scrolling.js';
import type {UiState} from './UiState.js';

/**
 * The blocks Tab and Shift+Tab move through, in layout order: interactive,
 * visible components, boxes whose content overflows (so the keys can scroll
 * them), tab bars and accordion titles. Blocks inside a hidden
 * layout, an unselected tab or a closed accordion are skipped. The tree is the
 * session's: what its `gr.render` runs made is in it.
 */
export function focusOrder(app: BlocksApp, session: Session, ui: UiState): Block[] {
  const order: Block[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      const props = session.props(block);
      if (props.visible === false) continue;
      if (block instanceof Component) {
        if (!block.hidden && (props.interactive || overflows(block, session, ui))) order.push(block);
      } else if (block instanceof Tabs) {
        order.push(block);
        const tab = selectedTab(block, {session, ui});
        if (tab) visit(session.children(tab));
      } else if (block instanceof Accordion) {
        order.push(block);
        if (accordionOpen(block, {session, ui})) visit(session.children(block));
      } else if (block instanceof Layout) {
        visit(session.children(block));
      }
    }
  };
  visit(session.children(app));
  return order;
}
