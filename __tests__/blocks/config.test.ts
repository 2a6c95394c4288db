import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';

function hangmanLike() {
  return gr.Blocks({title: 'Guess'}, () => {
    const used = gr.State<string[]>(['x']);
    let letter!: gr.Textbox, btn!: gr.Button, board!: gr.Textbox;
    gr.Row(() => {
      gr.Column(() => {
        letter = gr.Textbox({label: 'Enter letter', maxLength: 1});
        btn = gr.Button({value: 'Guess', variant: 'primary'});
      });
      board = gr.Textbox({label: 'Board', value: '___'});
    });
    btn
      .click(
        async function* guess(l: string, u: string[]) {
          yield [u, l];
        },
        [letter, used],
        [used, board],
      )
      .success(() => {}, null, null, {apiName: 'after', showProgress: 'hidden'});
    letter.submit(() => 'x', letter, board, {concurrencyLimit: 2, concurrencyId: 'letters', triggerMode: 'multiple'});
  });
}

test('demo.config() describes the app as Gradio’s /config does: mode, title, components with props', () => {
  const config = hangmanLike().config();
  expect(config.mode).toBe('blocks');
  expect(config.title).toBe('Guess');
  expect(config.components.map(c => [c.id, c.type, c.name])).toEqual([
    [1, 'state', 'State'],
    [2, 'row', 'Row'],
    [3, 'column', 'Column'],
    [4, 'textbox', 'Textbox'],
    [5, 'button', 'Button'],
    [6, 'textbox', 'Textbox'],
  ]);
  expect(config.components[3].props).toEqual({
    visible: true,
    lines: 1,
    type: 'text',
    label: 'Enter letter',
    max_length: 1,
    value: '',
    interactive: true,
  });
  expect(config.components[4].props).toMatchObject({value: 'Guess', variant: 'primary', interactive: true});
  expect(config.components[5].props).toMatchObject({label: 'Board', value: '___', interactive: false});
});

test('State values never appear in the config: they never leave the server', () => {
  const config = hangmanLike().config();
  expect(config.components[0].props.value).toBeNull();
  expect(JSON.stringify(config)).not.toContain('"x"]');
});

test('the layout is a tree of ids from the app down', () => {
  expect(hangmanLike().config().layout).toEqual({
    id: 0,
    children: [{id: 1}, {id: 2, children: [{id: 3, children: [{id: 4}, {id: 5}]}, {id: 6}]}],
  });
});

test('dependencies list targets, inputs, outputs, chaining and options in Gradio’s keys', () => {
  const [click, after, submit] = hangmanLike().config().dependencies;
  expect(click).toMatchObject({
    id: 0,
    targets: [[5, 'click']],
    inputs: [4, 1],
    outputs: [1, 6],
    backend_fn: true,
    types: {generator: true, cancel: false},
    trigger_after: null,
    trigger_mode: 'once',
    concurrency_limit: null,
    concurrency_id: '0',
    show_progress: 'full',
    api_name: 'guess',
  });
  expect(after).toMatchObject({
    id: 1,
    targets: [],
    trigger_after: 0,
    trigger_only_on_success: true,
    trigger_only_on_failure: false,
    show_progress: 'hidden',
    api_name: 'after',
    types: {generator: false, cancel: false},
  });
  expect(submit).toMatchObject({
    targets: [[4, 'submit']],
    concurrency_limit: 2,
    concurrency_id: 'letters',
    trigger_mode: 'multiple',
  });
});

test('the config is plain JSON', () => {
  const config = hangmanLike().config();
  expect(JSON.parse(JSON.stringify(config))).toEqual(config);
});
