// The Dataset's look (the table under gr.Examples) drawn alone with ink-testing-library,
// frames asserted exactly, and what its keys do.
import {stripVTControlCharacters} from 'node:util';
import {afterEach, expect, test} from '@jest/globals';
import chalk from 'chalk';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import * as gr from 'termblocks';
import type {Session} from '../../source/session/Session.js';
import {BlockView} from '../../source/terminal/components/BlockView.js';
import {chooseSample} from '../../source/terminal/components/Dataset.js';
import {footerKeys} from '../../source/terminal/footer-keys.js';
import type {Key} from '../../source/terminal/parse-input.js';
import type {RenderContext} from '../../source/terminal/RenderContext.js';
import {UiState} from '../../source/terminal/UiState.js';

chalk.level = 3;

let sessions: Session[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

const key = (name: 'up' | 'down' | 'left' | 'right' | 'enter'): Key => ({kind: 'key', name}) as Key;

/** An app of two inputs and their Examples; draws the examples' table `columns` wide. */
function draw(options: {examplesPerPage?: number; focused?: boolean; rows?: unknown[][]} = {}) {
  let examples!: gr.Examples;
  let word!: gr.Textbox;
  let times!: gr.Number;
  const chosen: unknown[] = [];
  const demo = gr.Blocks(() => {
    word = gr.Textbox({label: 'Word'});
    times = gr.Number({label: 'Times'});
    examples = gr.Examples({
      examples: options.rows ?? [
        ['ab', 2],
        ['cde', 10],
        ['f', 3],
      ],
      inputs: [word, times],
      examplesPerPage: options.examplesPerPage,
    });
    examples.dataset.click((sample: unknown) => {
      chosen.push(sample);
    }, examples.dataset);
  });
  const session = demo.session();
  sessions.push(session);
  const ui = new UiState();
  const block = examples.dataset;
  const ctx = (): RenderContext => ({session, ui, focused: options.focused ? block : undefined, columns: 30, now: 0});
  const element = () => createElement(Box, {width: 30, flexDirection: 'column'}, createElement(BlockView, {block, ctx: ctx()}));
  const view = render(element());
  return {
    session,
    ui,
    block,
    word,
    times,
    chosen,
    frame() {
      view.rerender(element());
      return stripVTControlCharacters(view.lastFrame() ?? '');
    },
    raw: () => view.lastFrame() ?? '',
  };
}

test("the examples: a table of the rows under the inputs' labels", () => {
  expect(draw().frame()).toBe(
    [
      'Examples',
      '╭────────────────────────────╮',
      '│ Word │ Times               │',
      '│ ─────┼──────               │',
      '│ ab   │ 2                   │',
      '│ cde  │ 10                  │',
      '│ f    │ 3                   │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
});

test('focused, the highlighted row is inverse; ↑/↓ move it and wrap', () => {
  const {frame, raw, ui, block, session} = draw({focused: true});
  frame();
  expect(raw()).toContain('\u001b[7mab   │ 2    \u001b[27m');
  chooseSample(block, key('down'), session, ui, () => {});
  frame();
  expect(raw()).toContain('\u001b[7mcde  │ 10   \u001b[27m');
  chooseSample(block, key('up'), session, ui, () => {});
  chooseSample(block, key('up'), session, ui, () => {});
  frame();
  expect(raw()).toContain('\u001b[7mf    │ 3    \u001b[27m');
});

test('past examplesPerPage the table pages: ←/→ turn the page, and ↓ off the end of one goes to the next', () => {
  const rows = [
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
    ['e', 5],
  ];
  const {frame, ui, block, session} = draw({examplesPerPage: 2, focused: true, rows});
  expect(frame()).toBe(
    [
      'Examples',
      '╭────────────────────────────╮',
      '│ Word │ Times               │',
      '│ ─────┼──────               │',
      '│ a    │ 1                   │',
      '│ b    │ 2                   │',
      '│ page 1 of 3                │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
  chooseSample(block, key('right'), session, ui, () => {});
  chooseSample(block, key('right'), session, ui, () => {});
  expect(frame().split('\n').slice(4, 7)).toEqual([
    '│ e    │ 5                   │',
    '│ page 3 of 3                │',
    '╰────────────────────────────╯',
  ]);
  chooseSample(block, key('left'), session, ui, () => {});
  chooseSample(block, key('down'), session, ui, () => {});
  expect(frame().split('\n').slice(4, 7)).toEqual([
    '│ c    │ 3                   │',
    '│ d    │ 4                   │',
    '│ page 2 of 3                │',
  ]);
  expect(footerKeys(block, session.props(block))).toEqual([
    '↑/↓ move',
    'Enter choose',
    '←/→ page',
    'Tab next',
    'Shift+Tab back',
    '? help',
    'Ctrl+C quit',
  ]);
});

test('Enter chooses the highlighted row: it fills the inputs and clicks the dataset with [index, values]', async () => {
  const {ui, block, session, word, times, chosen} = draw({focused: true});
  chooseSample(block, key('down'), session, ui, () => {});
  let action: Promise<unknown> | undefined;
  chooseSample(block, key('enter'), session, ui, a => {
    action = a;
  });
  await action;
  await session.idle();
  expect([session.value(word), session.value(times)]).toEqual(['cde', 10]);
  expect(session.value(block)).toBe(1);
  expect(chosen).toEqual([[1, ['cde', 10]]]);
});
