import {expect, test} from '@jest/globals';
import {cellStyle, cellText, frameToGrid, rowFor} from '../../source/terminal/cell-grid.js';
import {FrameWriter} from '../../source/terminal/FrameWriter.js';

const ESC = '\u001b[';

test('a first frame is drawn whole, padded to the width, styles switched as they change', () => {
  const writer = new FrameWriter();
  expect(writer.render(['ab', `${ESC}1mcd${ESC}22m`], 4, 2)).toBe(`${ESC}0m${ESC}2J${ESC}1;1Hab  ${ESC}2;1H${ESC}1mcd${ESC}m  `);
  expect(writer.text()).toBe('ab\ncd');
});

test('a later frame sends only the changed cells, in the style they need', () => {
  const writer = new FrameWriter();
  writer.render(['ab', `${ESC}1mcd${ESC}22m`], 4, 2);
  expect(writer.render(['ab', `${ESC}1mcx${ESC}22m`], 4, 2)).toBe(`${ESC}2;2H${ESC}1mx`);
  expect(writer.render(['ab', `${ESC}1mcx${ESC}22m`], 4, 2)).toBe('');
});

test('box drawing and wide characters take their cells, and a changed wide character is redrawn whole', () => {
  const writer = new FrameWriter();
  expect(writer.render(['╭─╮', '│字│'], 5, 2)).toBe(`${ESC}0m${ESC}2J${ESC}1;1H╭─╮  ${ESC}2;1H│字│ `);
  expect(writer.render(['╭─╮', '│漢│'], 5, 2)).toBe(`${ESC}2;2H漢`);
  expect(writer.render(['╭─╮', '│x字'], 5, 2)).toBe(`${ESC}2;2Hx字`);
  expect(writer.text()).toBe('╭─╮\n│x字');
});

test('emoji sequences and combining marks stay one grapheme each', () => {
  const writer = new FrameWriter();
  expect(writer.render(['👍🏽 ö\u0301 e\u0301', `a${ESC}36mb${ESC}39mc`], 8, 2)).toBe(
    `${ESC}0m${ESC}2J${ESC}1;1H👍🏽 ö\u0301 e  ${ESC}2;1Ha${ESC}36mb${ESC}mc     `,
  );
  expect(writer.render(['👍🏽 ö\u0301 E\u0301', `a${ESC}36mb${ESC}39mC`], 8, 2)).toBe(`${ESC}1;6HE${ESC}2;3HC`);
});

test('a resize or an invalidated screen is drawn whole again', () => {
  const writer = new FrameWriter();
  writer.render(['ab'], 3, 1);
  expect(writer.render(['ab'], 4, 1)).toBe(`${ESC}0m${ESC}2J${ESC}1;1Hab  `);
  writer.invalidate();
  expect(writer.render(['ab'], 4, 1)).toBe(`${ESC}0m${ESC}2J${ESC}1;1Hab  `);
});

test('cells read back their text and style; the second half of a wide character is empty', () => {
  const [row] = frameToGrid([`${ESC}1;36m字${ESC}0m─`], 4, 1);
  expect([0, 1, 2, 3].map(x => cellText(row, x))).toEqual(['字', '', '─', ' ']);
  expect([0, 1, 2, 3].map(x => cellStyle(row, x))).toEqual(['1;36', '1;36', '', '']);
});

test('the same line at the same width is one shared row, whichever screen shows it', () => {
  const line = `${ESC}2m╭──── Hangman ────╮${ESC}22m`;
  expect(rowFor(line, 80)).toBe(frameToGrid([line], 80, 1)[0]);
  expect(rowFor(line, 40)).not.toBe(rowFor(line, 80));
});
