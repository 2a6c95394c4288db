import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import demo from '../../examples/hangman.js';

// Layout order: Enter letter, Guess Letter, Hangman, Used Letters (and the hidden State first).
function parts() {
  const textboxes = demo.components.filter(c => c.type === 'textbox') as gr.Textbox[];
  const [letter, board, used] = textboxes;
  const button = demo.components.find(c => c.type === 'button') as gr.Button;
  return {letter, board, used, button};
}

async function guess(session: gr.Session, letter: string): Promise<void> {
  const {letter: box, button} = parts();
  await session.set(box, letter);
  await session.click(button);
}

test('the board starts hidden and the used letters empty', async () => {
  const session = demo.session();
  const {board, used} = parts();
  expect(session.value(board)).toBe('______');
  expect(session.value(used)).toBe('');
  await session.close();
});

test('guessing g then r shows gr____ on the board and "g, r" as used letters', async () => {
  const session = demo.session();
  const {board, used} = parts();
  await guess(session, 'g');
  expect(session.value(board)).toBe('g_____');
  expect(session.value(used)).toBe('g');
  await guess(session, 'r');
  expect(session.value(board)).toBe('gr____');
  expect(session.value(used)).toBe('g, r');
  await session.close();
});

test('a second session starts fresh and is unaffected by the first one’s guesses', async () => {
  const first = demo.session();
  const second = demo.session();
  const {board, used} = parts();
  await guess(first, 'g');
  await guess(first, 'r');
  expect(second.value(board)).toBe('______');
  expect(second.value(used)).toBe('');
  await guess(second, 'o');
  expect(second.value(board)).toBe('_____o');
  expect(second.value(used)).toBe('o');
  expect(first.value(board)).toBe('gr____');
  expect(first.value(used)).toBe('g, r');
  await Promise.all([first.close(), second.close()]);
});

test('only the letter box is editable: the board and the used letters are outputs, so static', async () => {
  const session = demo.session();
  const {letter, board, used, button} = parts();
  expect(session.props(letter).interactive).toBe(true);
  expect(session.props(button).interactive).toBe(true);
  expect(session.props(board).interactive).toBe(false);
  expect(session.props(used).interactive).toBe(false);
  await expect(session.set(board, 'gradio')).rejects.toThrow('is not interactive');
  await session.close();
});
