import * as gr from 'termblocks';

// Every component in one app: tabs, an accordion, and a section shown or hidden by gr.update.
export default gr.Blocks({title: 'Form'}, () => {
  gr.Markdown('# Sign-up form\nFill in the **tabs**, then press `Submit`.');
  let name!: gr.Textbox, age!: gr.Number, level!: gr.Slider, newsletter!: gr.Checkbox, topics!: gr.CheckboxGroup;
  let plan!: gr.Radio, country!: gr.Dropdown, languages!: gr.Dropdown, notes!: gr.Code;
  let showMore!: gr.Checkbox, more!: gr.Column;
  gr.Tabs(() => {
    gr.Tab('About you', () => {
      name = gr.Textbox({label: 'Name', placeholder: 'Ada Lovelace', interactive: true});
      gr.Row(() => {
        age = gr.Number({label: 'Age', value: 30, minimum: 0, maximum: 150, interactive: true});
        level = gr.Slider({label: 'Experience', minimum: 0, maximum: 10, value: 5, step: 1, interactive: true});
      });
      newsletter = gr.Checkbox({label: 'Send me the newsletter', interactive: true});
    });
    gr.Tab('Preferences', () => {
      topics = gr.CheckboxGroup({label: 'Topics', choices: ['Gradio', 'Terminals', 'SSH'], interactive: true});
      plan = gr.Radio({label: 'Plan', choices: ['Free', 'Pro'], value: 'Free', interactive: true});
      country = gr.Dropdown({label: 'Country', choices: ['France', 'Japan', 'Peru'], interactive: true});
      languages = gr.Dropdown({
        label: 'Languages',
        choices: ['TypeScript', 'Python', 'Rust'],
        multiselect: true,
        interactive: true,
      });
    });
  });
  gr.Accordion({label: 'Notes', open: false}, () => {
    notes = gr.Code({label: 'Notes', language: 'markdown', value: '', interactive: true});
  });
  showMore = gr.Checkbox({label: 'Show the summary tables', interactive: true});
  gr.Column({visible: false}, column => {
    more = column;
    gr.Dataframe({
      label: 'Plans',
      headers: ['Plan', 'Price'],
      value: [
        ['Free', 0],
        ['Pro', 10],
      ],
    });
    gr.Label({label: 'Likely plan', value: {Free: 0.7, Pro: 0.3}});
  });
  const submit = gr.Button({value: 'Submit', variant: 'primary'});
  const summary = gr.JSON({label: 'Submitted'});
  const log = gr.Chatbot({label: 'Log', height: 3});
  const submissions = gr.State(0);
  const clock = gr.Timer(60);

  showMore.change((show: boolean) => gr.update({visible: show}), [showMore], [more]);
  submit.click(
    (
      n: string,
      a: number,
      l: number,
      news: boolean,
      t: string[],
      p: string,
      c: string,
      langs: string[],
      text: string,
      count: number,
    ) => [
      {name: n, age: a, experience: l, newsletter: news, topics: t, plan: p, country: c, languages: langs, notes: text},
      [{role: 'assistant', content: `Submission ${count + 1} received`}],
      count + 1,
    ],
    [name, age, level, newsletter, topics, plan, country, languages, notes, submissions],
    [summary, log, submissions],
  );
  clock.tick(() => gr.skip(), [], []);
});
