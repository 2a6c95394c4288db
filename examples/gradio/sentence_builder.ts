// Gradio's demo/sentence_builder, in TypeScript: six kinds of input and example rows.
import * as gr from 'termblocks';

function sentenceBuilder(
  quantity: number,
  animal: string,
  countries: string[],
  place: string,
  activityList: string[],
  morning: boolean,
) {
  return `The ${quantity} ${animal}s from ${countries.join(' and ')} went to the ${place} where they ${activityList.join(' and ')} until the ${morning ? 'morning' : 'night'}`;
}

const demo = gr.Interface(
  sentenceBuilder,
  [
    gr.Slider({minimum: 2, maximum: 20, value: 4, label: 'Count', info: 'Choose between 2 and 20'}),
    gr.Dropdown({choices: ['cat', 'dog', 'bird'], label: 'Animal', info: 'Will add more animals later!'}),
    gr.CheckboxGroup({choices: ['USA', 'Japan', 'Pakistan'], label: 'Countries', info: 'Where are they from?'}),
    gr.Radio({choices: ['park', 'zoo', 'road'], label: 'Location', info: 'Where did they go?'}),
    gr.Dropdown({
      choices: ['ran', 'swam', 'ate', 'slept'],
      value: ['swam', 'slept'],
      multiselect: true,
      label: 'Activity',
      info: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
    }),
    gr.Checkbox({label: 'Morning', info: 'Did they do it in the morning?'}),
  ],
  'text',
  {
    apiName: 'predict',
    examples: [
      [2, 'cat', ['Japan', 'Pakistan'], 'park', ['ate', 'swam'], true],
      [4, 'dog', ['Japan'], 'zoo', ['ate', 'swam'], false],
      [10, 'bird', ['USA', 'Pakistan'], 'road', ['ran'], false],
      [8, 'cat', ['Pakistan'], 'zoo', ['ate'], true],
    ],
  },
);

export default demo;
