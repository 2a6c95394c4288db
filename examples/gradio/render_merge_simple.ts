// Gradio's demo/render_merge_simple, in TypeScript: count the boxes. "Add Box" renders one more keyed Textbox;
// "Merge", a button outside the render, joins what they hold.
import * as gr from 'termblocks';

const demo = gr.Blocks(() => {
  const textCount = gr.State(1);
  const addBtn = gr.Button('Add Box');
  addBtn.click((x: number) => x + 1, textCount, textCount);

  let mergeBtn!: gr.Button;
  let output!: gr.Textbox;

  gr.render({inputs: textCount}, function renderCount(count: number) {
    const boxes: gr.Textbox[] = [];
    for (let i = 0; i < count; i++) {
      const box = gr.Textbox({key: i, label: `Box ${i}`});
      boxes.push(box);
    }

    function merge(...args: string[]) {
      return args.join(' ');
    }

    mergeBtn.click(merge, boxes, output);
  });

  mergeBtn = gr.Button('Merge');
  output = gr.Textbox({label: 'Merged Output'});
});

export default demo;
