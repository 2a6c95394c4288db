// Each view drawn alone with ink-testing-library, frames asserted exactly (colours
// taken off: the terminal tests check them through a real emulator).
import {stripVTControlCharacters} from 'node:util';
import {afterEach, expect, test} from '@jest/globals';
import chalk from 'chalk';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import * as gr from 'termblocks';
import type {Block} from '../../source/blocks/Block.js';
import type {Session} from '../../source/session/Session.js';
import {BlockView} from '../../source/terminal/components/BlockView.js';
import type {RenderContext} from '../../source/terminal/RenderContext.js';
import {measureBoxes} from '../../source/terminal/scrolling.js';
import {UiState} from '../../source/terminal/UiState.js';

// Colours on, as the renderer sets them (chalk would turn them off without a TTY or under CI).
chalk.level = 3;

let sessions: Session[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

/** Builds an app of the given components and draws the first one `columns` wide. */
function draw(
  build: () => Block,
  {columns = 30, focused = false, ui = new UiState()}: {columns?: number; focused?: boolean; ui?: UiState} = {},
) {
  let block!: Block;
  const session = gr
    .Blocks(() => {
      block = build();
    })
    .session();
  sessions.push(session);
  const ctx = (): RenderContext => ({session, ui, focused: focused ? block : undefined, columns, now: 0});
  const element = () => (
    <Box width={columns} flexDirection="column">
      <BlockView block={block} ctx={ctx()} />
    </Box>
  );
  const view = render(element());
  // As the renderer does: a long box's height is read back after the frame, then the frame is drawn again.
  const redraw = () => {
    if (measureBoxes(ui)) view.rerender(element());
    return stripVTControlCharacters(view.lastFrame() ?? '');
  };
  redraw();
  return {
    session,
    block,
    ui,
    frame: () => stripVTControlCharacters(view.lastFrame() ?? ''),
    raw: () => view.lastFrame() ?? '',
    redraw() {
      view.rerender(element());
      return redraw();
    },
  };
}

test('a chat: user on the right, assistant on the left, the newest at the bottom of a fixed-height pane', () => {
  const {frame} = draw(() =>
    gr.Chatbot({
      label: 'Chat',
      height: 3,
      value: [
        {role: 'user', content: 'first'},
        {role: 'assistant', content: 'one'},
        {role: 'user', content: 'second'},
        {role: 'assistant', content: 'two'},
      ],
    }),
  );
  expect(frame()).toBe(
    [
      'Chat',
      '╭────────────────────────────╮',
      '│ one                        │',
      '│                     second │',
      '│ two                        │',
      '│ ↑ 1 more line              │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
});

test('a chat scrolled up draws its whole history, and says what is below', () => {
  const ui = new UiState();
  const messages = Array.from({length: 6}, (_, i) => ({role: 'assistant' as const, content: `m${i + 1}`}));
  const {block, redraw} = draw(() => gr.Chatbot({label: 'Chat', height: 2, value: messages}), {ui});
  ui.scroll.set(block, 3);
  expect(redraw()).toBe(
    [
      'Chat',
      '╭────────────────────────────╮',
      '│ m2                         │',
      '│ m3                         │',
      // The hint keeps to one line, cut at the box's edge.
      '│ ↑ 1 more line · ↓ 3 more … │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
});

test('a number: its value, then the draft being typed, with an inverse cell as the cursor when focused', () => {
  const ui = new UiState();
  const {block, frame, raw, redraw} = draw(() => gr.Number({label: 'Age', value: 42, interactive: true}), {ui, focused: true});
  expect(frame()).toBe(
    ['Age', '╭────────────────────────────╮', '│ 42                         │', '╰────────────────────────────╯'].join('\n'),
  );
  expect(raw()).toContain('42\u001b[7m \u001b[27m');
  ui.drafts.set(block, '4e');
  ui.cursor.set(block, 1);
  expect(redraw()).toBe(
    ['Age', '╭────────────────────────────╮', '│ 4e                         │', '╰────────────────────────────╯'].join('\n'),
  );
  expect(raw()).toContain('4\u001b[7me\u001b[27m');
});

test('a textbox: the placeholder when empty, bullets for a password, an info line under it', () => {
  expect(draw(() => gr.Textbox({label: 'Name', placeholder: 'Ada', interactive: true})).frame()).toBe(
    ['Name', '╭────────────────────────────╮', '│ Ada                        │', '╰────────────────────────────╯'].join('\n'),
  );
  expect(
    draw(() => gr.Textbox({label: 'Secret', value: 'hunter2', type: 'password', info: 'never shown', interactive: true})).frame(),
  ).toBe(
    [
      'Secret',
      '╭────────────────────────────╮',
      '│ •••••••                    │',
      '╰────────────────────────────╯',
      'never shown',
    ].join('\n'),
  );
});

test('a button, a checkbox, a radio group and a slider', () => {
  expect(draw(() => gr.Button({value: 'Go', variant: 'primary'})).frame()).toBe(
    ['╭────────────────────────────╮', '│             Go             │', '╰────────────────────────────╯'].join('\n'),
  );
  expect(draw(() => gr.Checkbox({label: 'Agree', value: true, interactive: true})).frame()).toBe(
    ['Agree', '╭────────────────────────────╮', '│ [x] Agree                  │', '╰────────────────────────────╯'].join('\n'),
  );
  expect(draw(() => gr.Radio({label: 'Size', choices: ['S', 'M'], value: 'M', interactive: true})).frame()).toBe(
    [
      'Size',
      '╭────────────────────────────╮',
      '│ ( ) S                      │',
      '│ (•) M                      │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
  expect(draw(() => gr.Slider({label: 'Level', minimum: 0, maximum: 10, value: 5, interactive: true})).frame()).toBe(
    ['Level', '╭────────────────────────────╮', '│ ━━━━━━━━━━●───────── 5     │', '╰────────────────────────────╯'].join('\n'),
  );
});

test('a long JSON, scrolled, keeps its height and says what is above and below', () => {
  const ui = new UiState();
  const {block, frame, redraw} = draw(() => gr.JSON({label: 'Data', value: [1, 2, 3, 4, 5], maxHeight: 3}), {ui});
  expect(frame()).toBe(
    [
      'Data',
      '╭────────────────────────────╮',
      '│ [                          │',
      '│   1,                       │',
      '│   2,                       │',
      '│ ↓ 4 more lines             │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
  ui.scroll.set(block, 2);
  expect(redraw()).toBe(
    [
      'Data',
      '╭────────────────────────────╮',
      '│   2,                       │',
      '│   3,                       │',
      '│   4,                       │',
      '│ ↑ 2 more lines · ↓ 2 more… │',
      '╰────────────────────────────╯',
    ].join('\n'),
  );
});
