import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';

/** The props and first value a session shows for a component built by `make`. */
function built<C extends gr.Component>(make: () => C): {value: unknown; props: Readonly<Record<string, unknown>>} {
  let component!: C;
  const demo = gr.Blocks(() => {
    component = make();
  });
  const s = demo.session();
  const result = {value: s.value(component), props: s.props(component)};
  void s.close();
  return result;
}

/** The message of the BuildError building an app around `make` throws. */
function refusal(make: () => unknown): string {
  try {
    gr.Blocks(() => {
      make();
    });
  } catch (error) {
    expect(error).toBeInstanceOf(gr.BuildError);
    return (error as Error).message;
  }
  throw new Error('the app was built');
}

test('gr.Slider takes minimum, maximum and value by position, then options, as Gradio', () => {
  expect(built(() => gr.Slider(0, 20))).toMatchObject({value: 0, props: {minimum: 0, maximum: 20}});
  expect(built(() => gr.Slider(0, 20, 5, {step: 1, label: 'n'}))).toMatchObject({
    value: 5,
    props: {minimum: 0, maximum: 20, step: 1, label: 'n'},
  });
  expect(built(() => gr.Slider(2, 20, undefined, {label: 'Count'}))).toMatchObject({value: 2, props: {label: 'Count'}});
  expect(built(() => gr.Slider({minimum: 1, maximum: 3, value: 2}))).toMatchObject({value: 2, props: {minimum: 1, maximum: 3}});
});

test('choice components take their choices first, as Gradio', () => {
  expect(built(() => gr.Radio(['a', 'b']))).toMatchObject({value: null, props: {choices: ['a', 'b']}});
  expect(built(() => gr.Radio(['a', 'b'], {value: 'b', label: 'Pick'}))).toMatchObject({value: 'b', props: {label: 'Pick'}});
  expect(built(() => gr.Dropdown(['x', 'y']))).toMatchObject({value: 'x', props: {choices: ['x', 'y']}});
  expect(built(() => gr.Dropdown([['Ex', 'x'] as const, 'y'], {multiselect: true}))).toMatchObject({value: []});
  expect(built(() => gr.CheckboxGroup(['USA', 'Japan'], {value: ['Japan']}))).toMatchObject({
    value: ['Japan'],
    props: {choices: ['USA', 'Japan']},
  });
});

test('value-first components take the value by position, then options; a lone options object still works', () => {
  expect(built(() => gr.Number(3, {precision: 0}))).toMatchObject({value: 3, props: {precision: 0}});
  expect(built(() => gr.Textbox('hi', {label: 'Say'}))).toMatchObject({value: 'hi', props: {label: 'Say'}});
  expect(built(() => gr.Textbox({value: 'hi'}))).toMatchObject({value: 'hi'});
  expect(built(() => gr.Button('Go', {variant: 'primary'}))).toMatchObject({value: 'Go', props: {variant: 'primary'}});
  expect(built(() => gr.Button('Go'))).toMatchObject({value: 'Go'});
  expect(built(() => gr.Checkbox(true, {label: 'Agree'}))).toMatchObject({value: true, props: {label: 'Agree'}});
  expect(built(() => gr.Markdown('# Hi', {maxHeight: 4}))).toMatchObject({value: '# Hi', props: {maxHeight: 4}});
  expect(built(() => gr.Code('print(1)', 'python', {label: 'Src'}))).toMatchObject({
    value: 'print(1)',
    props: {language: 'python', label: 'Src'},
  });
  expect(built(() => gr.Label('cat'))).toMatchObject({value: {label: 'cat'}});
  expect(built(() => gr.JSON({a: 1}, {label: 'Data'}))).toMatchObject({value: {a: 1}, props: {label: 'Data'}});
  expect(built(() => gr.JSON([1, 2]))).toMatchObject({value: [1, 2]});
  expect(built(() => gr.Chatbot([{role: 'user', content: 'hi'}]))).toMatchObject({value: [{role: 'user', content: 'hi'}]});
  expect(built(() => gr.Dataframe([[1, 2]], {headers: ['a', 'b']}))).toMatchObject({
    value: {headers: ['a', 'b'], data: [[1, 2]]},
  });
  expect(built(() => gr.Textbox(() => 'made', {label: 'Lazy'}))).toMatchObject({value: 'made'});
});

test('a wrong argument type is a BuildError naming the component and the parameter', () => {
  expect(refusal(() => gr.Slider('0' as unknown as number, 20))).toBe(
    'gr.Slider: minimum must be a number, got the string "0" as argument 1',
  );
  expect(refusal(() => gr.Radio('a, b' as unknown as string[]))).toBe(
    'gr.Radio: choices must be a list of choices (values, or [label, value] pairs), got the string "a, b" as argument 1',
  );
  expect(refusal(() => gr.Dropdown([{}] as unknown as string[]))).toMatch(/^gr\.Dropdown: choices must be a list of choices/);
  expect(refusal(() => gr.Number('5' as unknown as number))).toBe(
    'gr.Number: value must be a number, null or a function that makes one, got the string "5" as argument 1',
  );
  expect(refusal(() => gr.Slider({minimum: 0, maximum: '9' as unknown as number}))).toBe(
    'gr.Slider: maximum must be a number, got the string "9" in the options',
  );
  expect(refusal(() => gr.Checkbox('yes' as unknown as boolean))).toMatch(/^gr\.Checkbox: value must be true, false/);
});

test('too many arguments, or a parameter given twice, is a BuildError', () => {
  expect(refusal(() => (gr.Textbox as unknown as (...a: unknown[]) => unknown)('a', 'b'))).toBe(
    'gr.Textbox takes value by position, then an options object; argument 2 is the string "b"',
  );
  expect(refusal(() => gr.Slider(0, 20, 5, {minimum: 1} as never))).toBe(
    'gr.Slider: minimum is given twice, as argument 1 and in the options',
  );
});

test('a Slider whose minimum is not below its maximum is refused, as Gradio', () => {
  expect(refusal(() => gr.Slider(5, 5))).toBe('gr.Slider: minimum (5) must be less than maximum (5), as in Gradio');
});

test("Gradio's aliases: Text, TextArea, DataFrame, Checkboxgroup, Json, Variable", () => {
  expect(gr.Text).toBe(gr.Textbox);
  expect(gr.DataFrame).toBe(gr.Dataframe);
  expect(gr.Checkboxgroup).toBe(gr.CheckboxGroup);
  expect(gr.Json).toBe(gr.JSON);
  expect(gr.Variable).toBe(gr.State);
  expect(built(() => gr.Text('hi'))).toMatchObject({value: 'hi'});
  const area = built(() => gr.TextArea('notes', {label: 'Notes'}));
  expect(area).toMatchObject({value: 'notes', props: {lines: 7, maxLines: 20, label: 'Notes'}});
  expect(built(() => gr.TextArea({lines: 3}))).toMatchObject({props: {lines: 3, maxLines: 20}});
  let area2!: gr.TextArea;
  gr.Blocks(() => {
    area2 = gr.TextArea();
  });
  expect(area2).toBeInstanceOf(gr.Textbox);
});

test('the types take Gradio positional forms and refuse the wrong ones', () => {
  // Compiled by `tsc --noEmit`: each @ts-expect-error line must be a type error.
  gr.Blocks(() => {
    gr.Slider(0, 20, 5, {step: 1});
    gr.Radio(['a', 'b'], {value: 'a'});
    gr.Number(1, {precision: 2});
    // @ts-expect-error minimum is a number
    expect(() => gr.Slider('0')).toThrow(gr.BuildError);
    // @ts-expect-error the options after minimum cannot repeat it
    expect(() => gr.Slider(0, 20, 5, {minimum: 1})).toThrow(gr.BuildError);
  });
});
