import {blocks} from '../blocks/Blocks.js';
import {Button} from '../blocks/components/Button.js';
import {Markdown} from '../blocks/components/Markdown.js';
import {Textbox} from '../blocks/components/Textbox.js';
import {column} from '../blocks/layouts/Column.js';
import {row} from '../blocks/layouts/Row.js';
import '../session/install.js';
import {mountApp} from './mount.js';
import type {Terminal} from './Terminal.js';

/**
 * Draws a small built-in screen once and types into it, to throw away. V8 compiles a
 * function the first time it runs, so the first session a server drew paid for compiling
 * most of React, Ink and the views: its user waited about four times as long for a first
 * screen as the next one. A server calls this before it takes connections; it draws
 * once per process.
 *
 * The screen is built in, never the served app: warming must run none of the app's
 * code (its load events, its module-level state, its logging).
 */
export function warmUpRenderer(): Promise<void> {
  // Compiled code stays compiled: a second server in the same process (tests, a reload) has nothing to warm.
  warming ??= drawWarmUpScreen();
  return warming;
}

let warming: Promise<void> | undefined;

async function drawWarmUpScreen(): Promise<void> {
  const app = blocks(() => {
    row(() => {
      column(() => {
        new Textbox({label: 'Name'});
        new Button({value: 'Greet'});
      });
      column(() => {
        new Textbox({label: 'Greeting'});
        new Markdown({value: '**Hello**'});
      });
    });
  });
  const session = app.session();
  let input: (data: string) => void = () => {};
  const terminal: Terminal = {
    onInput: listener => {
      input = listener;
      return () => {};
    },
    write: () => true,
    onDrain: () => () => {},
    onResize: () => () => {},
    columns: 80,
    rows: 24,
    newline: '\r\n',
  };
  const mounted = mountApp(session, terminal, {alternateScreen: true});
  try {
    await mounted.settled();
    for (const key of ['a', 'b', '\u007f']) {
      input(key);
      await mounted.settled();
    }
  } finally {
    await mounted.unmount();
    await session.close();
  }
}
