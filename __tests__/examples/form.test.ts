import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import demo from '../../examples/form.js';

const byLabel = (label: string) => demo.components.find(c => c.props.label === label) as gr.Component;

test('the form uses every component and layout, and submits what was entered', async () => {
  const types = new Set(demo.blocks.map(b => b.type));
  for (const type of [
    'textbox',
    'number',
    'slider',
    'checkbox',
    'checkboxgroup',
    'radio',
    'dropdown',
    'button',
    'markdown',
    'label',
    'json',
    'chatbot',
    'code',
    'dataframe',
    'state',
    'timer',
    'tabs',
    'tabitem',
    'accordion',
    'row',
    'column',
  ]) {
    expect(types.has(type)).toBe(true);
  }
  const session = demo.session();
  await session.set(byLabel('Name'), 'Ada');
  await session.set(byLabel('Topics'), ['SSH']);
  await session.set(byLabel('Languages'), ['Rust', 'TypeScript']);
  await session.click(byLabel('Submit') ?? demo.components.find(c => c.type === 'button')!);
  expect(session.value(byLabel('Submitted'))).toMatchObject({
    name: 'Ada',
    age: 30,
    experience: 5,
    topics: ['SSH'],
    plan: 'Free',
    country: 'France',
    languages: ['Rust', 'TypeScript'],
  });
  expect(session.value(byLabel('Log'))).toEqual([{role: 'assistant', content: 'Submission 1 received'}]);
  await session.close();
});

test('the checkbox shows and hides the summary section for this session only', async () => {
  const section = demo.blocks.find(b => b.type === 'column' && b.props.visible === false) as gr.Block;
  const session = demo.session();
  const other = demo.session();
  expect(session.props(section).visible).toBe(false);
  await session.set(byLabel('Show the summary tables'), true);
  expect(session.props(section).visible).toBe(true);
  expect(other.props(section).visible).toBe(false);
  await session.set(byLabel('Show the summary tables'), false);
  expect(session.props(section).visible).toBe(false);
  await Promise.all([session.close(), other.close()]);
});
