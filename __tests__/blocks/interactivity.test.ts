import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';

function interactiveOf(build: () => Record<string, gr.Component>): Record<string, unknown> {
  let parts: Record<string, gr.Component> = {};
  gr.Blocks(() => {
    parts = build();
  });
  return Object.fromEntries(Object.entries(parts).map(([name, c]) => [name, c.interactive]));
}

test('an input of a listener is interactive; an output that is never an input is static', () => {
  expect(
    interactiveOf(() => {
      const input = gr.Textbox({value: 'given'});
      const output = gr.Textbox();
      const both = gr.Textbox();
      gr.Button().click(x => x, [input, both], [output, both]);
      return {input, output, both};
    }),
  ).toEqual({input: true, output: false, both: true});
});

test('a component in no listener is interactive only while it has no default value, as Gradio decides', () => {
  expect(
    interactiveOf(() => ({
      emptyText: gr.Textbox(),
      filledText: gr.Textbox('a note'),
      zeroSlider: gr.Slider(),
      setSlider: gr.Slider({value: 50}),
      unchecked: gr.Checkbox(),
      checked: gr.Checkbox(true),
      noChoice: gr.Dropdown({choices: ['a'], value: null}),
      firstChoice: gr.Dropdown({choices: ['a']}),
      madePerSession: gr.Textbox({value: () => 'later'}),
    })),
  ).toEqual({
    emptyText: true,
    filledText: false,
    zeroSlider: true,
    setSlider: false,
    unchecked: true,
    checked: false,
    noChoice: true,
    firstChoice: false,
    madePerSession: true,
  });
});

test('interactive given explicitly always wins', () => {
  expect(
    interactiveOf(() => {
      const lockedInput = gr.Textbox({interactive: false});
      const editableOutput = gr.Textbox({interactive: true});
      gr.Button().click(x => x, lockedInput, editableOutput);
      return {lockedInput, editableOutput, lockedLone: gr.Textbox({interactive: false})};
    }),
  ).toEqual({lockedInput: false, editableOutput: true, lockedLone: false});
});

test('a component that triggers a user event (submit, input, select) counts as an input', () => {
  expect(
    interactiveOf(() => {
      const box = gr.Textbox({value: 'press enter'});
      const out = gr.Textbox();
      box.submit(() => 'sent', null, [out, box]);
      return {box, out};
    }),
  ).toEqual({box: true, out: false});
});

test('buttons stay clickable when they are only outputs (Gradio’s default for Button)', () => {
  expect(
    interactiveOf(() => {
      const relabelled = gr.Button('Start');
      gr.Button('other').click(() => gr.update({value: 'Stop'}), null, relabelled);
      return {relabelled};
    }),
  ).toEqual({relabelled: true});
});

test('a session can change interactivity with gr.update, for itself only', async () => {
  let box!: gr.Textbox, lock!: gr.Button;
  const demo = gr.Blocks(() => {
    box = gr.Textbox();
    lock = gr.Button();
    lock.click(() => gr.update({interactive: false}), null, box);
    box.change(() => {}, box);
  });
  const a = demo.session();
  const b = demo.session();
  await a.click(lock);
  await expect(a.set(box, 'x')).rejects.toThrow('Textbox #1 is not interactive: a user cannot enter a value into it');
  await b.set(box, 'x');
  expect(b.value(box)).toBe('x');
  await Promise.all([a.close(), b.close()]);
});

test('a hidden or static button cannot be clicked or submitted by a user', async () => {
  let hidden!: gr.Button, box!: gr.Textbox;
  const demo = gr.Blocks(() => {
    hidden = gr.Button({value: 'secret', visible: false});
    box = gr.Textbox({interactive: false});
  });
  const s = demo.session();
  await expect(s.click(hidden)).rejects.toThrow('Button #1 is hidden: a user cannot click it');
  await expect(s.submit(box)).rejects.toThrow('Textbox #2 is not interactive: a user cannot submit it');
  await s.close();
});
