// Gradio's demo/blocks_essay, in TypeScript: components as updates (lines, visible, interactive, choices, bounds), a decorator listener, gr.on, and a State that toggles a Column.
import * as gr from 'termblocks';

const countriesCitiesDict: Record<string, string[]> = {
  USA: ['New York', 'Los Angeles', 'Chicago'],
  Canada: ['Toronto', 'Montreal', 'Vancouver'],
  Pakistan: ['Karachi', 'Lahore', 'Islamabad'],
};

function changeTextbox(choice: string) {
  if (choice === 'short') {
    return [gr.Textbox({lines: 2, visible: true}), gr.Button({interactive: true})];
  } else if (choice === 'long') {
    return [gr.Textbox({lines: 8, visible: true, value: 'Lorem ipsum dolor sit amet'}), gr.Button({interactive: true})];
  } else {
    return [gr.Textbox({visible: false}), gr.Button({interactive: false})];
  }
}

const demo = gr.Blocks(() => {
  const radio = gr.Radio(['short', 'long', 'none'], {label: 'What kind of essay would you like to write?'});
  const text = gr.Textbox({lines: 2, interactive: true, buttons: ['copy'], elemId: 'essay-textbox'});

  let num!: gr.Number, out!: gr.Number;
  gr.Row(() => {
    num = gr.Number({minimum: 0, maximum: 100, label: 'input'});
    out = gr.Number({label: 'output'});
  });
  const minimumSlider = gr.Slider(0, 100, 0, {label: 'min'});
  const maximumSlider = gr.Slider(0, 100, 100, {label: 'max'});
  const submitBtn = gr.Button('Submit', {variant: 'primary'});

  let country!: gr.Dropdown, cities!: gr.Dropdown;
  gr.Row(() => {
    country = gr.Dropdown(Object.keys(countriesCitiesDict), {label: 'Country'});
    cities = gr.Dropdown([], {label: 'Cities'});
  });
  const updateCities = country.change({inputs: country, outputs: cities})(function updateCities(country: string) {
    const cities = [...(countriesCitiesDict[country] ?? [])];
    return gr.Dropdown({choices: cities, value: cities[0], interactive: true});
  });

  function resetBounds(minimum: number, maximum: number) {
    return gr.Number({minimum, maximum});
  }

  radio.change({fn: changeTextbox, inputs: radio, outputs: [text, submitBtn]});
  gr.on([minimumSlider.change, maximumSlider.change], resetBounds, [minimumSlider, maximumSlider], num);
  num.submit((x: number) => x, num, out);

  let toggleBtn!: gr.Button;
  let testCol!: gr.Column;
  gr.Row(() => {
    testCol = gr.Column({elemId: 'test-column'}, testCol => {
      gr.Textbox('Content inside column', {label: 'Column Content'});
      gr.Markdown('This column should hide/show when button is clicked');
      return testCol;
    });
    toggleBtn = gr.Button('Toggle Column Visibility', {elemId: 'toggle-col-btn'});
  });

  const colVisible = gr.State(true);

  function toggleColumn(visible: boolean) {
    const newVisible = !visible;
    return [gr.Column({visible: newVisible}), newVisible];
  }

  toggleBtn.click(toggleColumn, colVisible, [testCol, colVisible]);
  void updateCities;
});

export default demo;
