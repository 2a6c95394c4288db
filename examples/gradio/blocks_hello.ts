// Gradio's demo/blocks_hello, in TypeScript: a greeting that follows the box as you type (.change).
import * as gr from 'termblocks';

function welcome(name: string) {
  return `Welcome to Gradio, ${name}!`;
}

const demo = gr.Blocks(() => {
  gr.Markdown(
    `
    # Hello World!
    Start typing below to see the output.
    `,
  );
  const inp = gr.Textbox({placeholder: 'What is your name?'});
  const out = gr.Textbox();
  inp.change(welcome, inp, out);
});

export default demo;
