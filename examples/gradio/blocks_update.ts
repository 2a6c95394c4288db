// Gradio's demo/blocks_update, in TypeScript: handlers return components as updates (choices, a Column shown, a Slider's maximum, a Textbox's lines).
import * as gr from 'termblocks';

const demo = gr.Blocks(() => {
  gr.Markdown(
    `
    # Animal Generator
    Once you select a species, the detail panel should be visible.
    `,
  );

  const species = gr.Radio({label: 'Animal Class', choices: ['Mammal', 'Fish', 'Bird']});
  const animal = gr.Dropdown({label: 'Animal', choices: []});

  let weight!: gr.Slider, details!: gr.Textbox, generateBtn!: gr.Button, output!: gr.Textbox;
  const detailsCol = gr.Column({visible: false}, detailsCol => {
    weight = gr.Slider(0, 20);
    details = gr.Textbox({label: 'Extra Details'});
    generateBtn = gr.Button('Generate');
    output = gr.Textbox({label: 'Output'});
    return detailsCol;
  });

  const speciesMap: Record<string, string[]> = {
    Mammal: ['Elephant', 'Giraffe', 'Hamster'],
    Fish: ['Shark', 'Salmon', 'Tuna'],
    Bird: ['Chicken', 'Eagle', 'Hawk'],
  };

  function filterSpecies(species: string) {
    return [gr.Dropdown({choices: speciesMap[species], value: speciesMap[species]?.[1]}), gr.Column({visible: true})];
  }

  species.change(filterSpecies, species, [animal, detailsCol]);

  function filterWeight(animal: string) {
    if (['Elephant', 'Shark', 'Giraffe'].includes(animal)) {
      return gr.Slider({maximum: 100});
    } else {
      return gr.Slider({maximum: 20});
    }
  }

  animal.change(filterWeight, animal, weight);
  weight.change((w: number) => gr.Textbox({lines: Math.trunc(w / 10) + 1}), weight, details);

  generateBtn.click((x: string) => x, details, output);
});

export default demo;
