// Gradio's demo/render_split, in TypeScript: one Textbox (or Button) per letter, rebuilt when the input is submitted.
import * as gr from 'termblocks';

const demo = gr.Blocks(() => {
  const inputText = gr.Textbox({label: 'input'});
  const mode = gr.Radio(['textbox', 'button'], {value: 'textbox'});

  gr.render({inputs: [inputText, mode], triggers: [inputText.submit]}, function showSplit(text: string, mode: string) {
    if (text.length === 0) {
      gr.Markdown('## No Input Provided');
    } else {
      for (const letter of text) {
        if (mode === 'textbox') {
          gr.Textbox(letter);
        } else {
          gr.Button(letter);
        }
      }
    }
  });
});

export default demo;
