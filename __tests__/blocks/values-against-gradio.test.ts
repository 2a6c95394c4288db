import {afterEach, beforeEach, expect, jest, test} from '@jest/globals';
import * as gr from 'termblocks';

/**
 * Builds an app with one component read by a button, enters `entered` as the user
 * would, clicks, and returns what the handler received (or the error the user saw).
 */
async function received(make: () => gr.Component, entered?: unknown): Promise<unknown> {
  let component!: gr.Component, btn!: gr.Button;
  let got: unknown;
  const demo = gr.Blocks(() => {
    component = make();
    btn = gr.Button('read');
    btn.click((value: unknown) => {
      got = value;
    }, component);
  });
  const s = demo.session();
  try {
    if (entered !== undefined) await s.set(component, entered);
    await s.click(btn);
    if (s.notices.length > 0) throw new Error(s.notices[0].message);
    return got;
  } finally {
    await s.close();
  }
}

/** What a component stores after a handler returned `returned` for it. */
async function shown(make: () => gr.Component, returned: unknown): Promise<unknown> {
  let out!: gr.Component, btn!: gr.Button;
  const demo = gr.Blocks(() => {
    out = make();
    btn = gr.Button();
    btn.click(() => returned, null, out);
  });
  const s = demo.session();
  await s.click(btn);
  const value = s.value(out);
  await s.close();
  return value;
}

let warn: jest.SpiedFunction<typeof console.warn>;
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

test("Number precision rounds halves to even on the double's exact value, as Python's round", async () => {
  expect(await received(() => gr.Number({precision: 0}), 2.5)).toBe(2);
  expect(await received(() => gr.Number({precision: 0}), 3.5)).toBe(4);
  expect(await received(() => gr.Number({precision: 0}), -2.5)).toBe(-2);
  expect(await received(() => gr.Number({precision: 2}), 0.125)).toBe(0.12);
  expect(await received(() => gr.Number({precision: 2}), 0.375)).toBe(0.38);
  // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875.
  expect(await received(() => gr.Number({precision: 2}), 2.675)).toBe(2.67);
  expect(await received(() => gr.Number({precision: 1}), '0.25')).toBe(0.2);
  expect(await shown(() => gr.Number({precision: 0}), 0.5)).toBe(0);
  expect(await shown(() => gr.Number({precision: 0}), 1.5)).toBe(2);
});

test('Number checks minimum and maximum on the value typed, before rounding, as Gradio', async () => {
  await expect(received(() => gr.Number({maximum: 5, precision: 0}), 5.4)).rejects.toThrow(
    'Value 5.4 is greater than maximum value 5.',
  );
  await expect(received(() => gr.Number({minimum: 0, precision: 0}), -0.4)).rejects.toThrow(
    'Value -0.4 is less than minimum value 0.',
  );
  expect(await received(() => gr.Number({maximum: 5, precision: 0}), 4.6)).toBe(5);
});

test('a Slider without a step takes Gradio’s: 10 ** floor(log10(maximum - minimum) - 2)', async () => {
  let sliders!: gr.Slider[];
  const demo = gr.Blocks(() => {
    sliders = [gr.Slider(), gr.Slider(0, 20), gr.Slider(1, 10), gr.Slider(0, 1000), gr.Slider(0, 0.01), gr.Slider(0, 1)];
  });
  const s = demo.session();
  expect(sliders.map(slider => s.props(slider).step)).toEqual([1, 0.1, 0.01, 10, 0.0001, 0.01]);
  await s.close();
});

test('a Slider snaps to the nearest step from its minimum on the decimals as written; halfway goes up', async () => {
  // 0.35 / 0.1 is 3.4999999999999996 in floating point: the old rounding gave 0.3.
  expect(await received(() => gr.Slider(0, 1, 0, {step: 0.1}), 0.35)).toBe(0.4);
  expect(await received(() => gr.Slider(0, 1, 0, {step: 0.1}), 0.25)).toBe(0.3);
  expect(await received(() => gr.Slider(0, 1, 0, {step: 0.1}), 0.34)).toBe(0.3);
  expect(await received(() => gr.Slider(0.05, 1, 0.05, {step: 0.1}), 0.3)).toBe(0.35);
  expect(await received(() => gr.Slider(-1, 1, 0, {step: 0.1}), -0.35)).toBe(-0.3);
  expect(await received(() => gr.Slider(0, 10, 0, {step: 3}), 4.5)).toBe(6);
  expect(await shown(() => gr.Slider(0, 1, 0, {step: 0.01}), 0.285)).toBe(0.29);
  expect(await received(() => gr.Slider(0, 10, 0, {step: 0.5, precision: 0}), 2.5)).toBe(2);
});

test('Radio refuses a value that is not among its choices, as Gradio', async () => {
  await expect(received(() => gr.Radio(['a', 'b']), 'z')).rejects.toThrow('Value: "z" is not in the list of choices: ["a","b"]');
  await expect(received(() => gr.Radio([['One', 1]] as const), '1')).rejects.toThrow(
    'Value: "1" is not in the list of choices: [1]',
  );
  expect(await received(() => gr.Radio([['One', 1]] as const), 1)).toBe(1);
  expect(await received(() => gr.Radio(['a', 'b']))).toBeNull();
});

test('CheckboxGroup refuses values that are not among its choices, as Gradio', async () => {
  await expect(received(() => gr.CheckboxGroup(['a', 'b']), ['a', 'q'])).rejects.toThrow(
    'Value: "q" is not in the list of choices: ["a","b"]',
  );
});

test('a Dropdown default that is not among its choices warns when the app is built', () => {
  gr.Blocks(() => {
    gr.Dropdown(['a', 'b'], {value: 'z', label: 'Pick'});
  });
  expect(warn.mock.calls.map(call => call[0])).toEqual([
    'termblocks: the value passed into Dropdown "Pick" is not in the list of choices. Please update the list of choices to include: "z" or set allowCustomValue: true.',
  ]);
  warn.mockClear();
  gr.Blocks(() => {
    gr.Dropdown(['a', 'b'], {value: 'b'});
    gr.Dropdown(['a'], {value: 'z', allowCustomValue: true});
    gr.Dropdown(['a', 'b'], {value: ['a'], multiselect: true});
    gr.Dropdown(['a'], {value: null});
  });
  expect(warn).not.toHaveBeenCalled();
});
