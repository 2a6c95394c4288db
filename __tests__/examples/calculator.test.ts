import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import demo from '../../examples/calculator.js';

const [a, operation, b, calculate, result, history] = demo.components as [
  gr.Number,
  gr.Radio,
  gr.Number,
  gr.Button,
  gr.Number,
  gr.Markdown,
];

test('each operation fills the result and the history line', async () => {
  const session = demo.session();
  await session.set(a, 6);
  await session.set(b, 3);
  for (const [op, value] of [
    ['add', 9],
    ['subtract', 3],
    ['multiply', 18],
    ['divide', 2],
  ] as const) {
    await session.set(operation, op);
    await session.click(calculate);
    expect(session.value(result)).toBe(value);
    expect(session.value(history)).toBe(`Last: **6 ${op} 3 = ${value}**`);
  }
  await session.close();
});

test('dividing by zero shows the gr.Error and leaves the last result', async () => {
  const session = demo.session();
  await session.click(calculate);
  expect(session.value(result)).toBe(6);
  await session.set(operation, 'divide');
  await session.set(b, 0);
  await session.click(calculate);
  expect(session.notices.at(-1)).toMatchObject({level: 'error', message: 'Cannot divide by zero'});
  expect(session.value(result)).toBe(6);
  await session.close();
});
