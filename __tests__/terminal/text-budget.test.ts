import {expect, test} from '@jest/globals';
import {charsFor, drawnPart, headOf, tailOf, WHOLE_CHARS} from '../../source/terminal/text-budget.js';

test('a box draws text of ordinary size whole, and of a huge one only what can fill its window', () => {
  const ordinary = 'a'.repeat(WHOLE_CHARS);
  expect(drawnPart(ordinary, 5, 80, false)).toBe(ordinary);
  const huge = `${'b'.repeat(1_000_000)}END`;
  // Six lines of 80: no more than 480 characters can show from either end.
  expect(charsFor(5, 80)).toBe(480);
  expect(drawnPart(huge, 5, 80, false)).toBe('b'.repeat(480));
  expect(drawnPart(huge, 5, 80, true)).toBe(`…${'b'.repeat(477)}END`);
});

test('cutting never splits an emoji in two', () => {
  const text = `ab${'😀'.repeat(10)}`;
  // Cut after "ab" plus one and a half emoji: the half is left out, not drawn as a broken character.
  expect(headOf(text, 5)).toBe('ab😀');
  expect(tailOf(text, 5)).toBe('…😀😀');
  expect(headOf('short', 10)).toBe('short');
  expect(tailOf('short', 10)).toBe('short');
});
