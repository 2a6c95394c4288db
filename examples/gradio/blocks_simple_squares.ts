// Gradio's demo/blocks_simple_squares, in TypeScript: two States, one a dict the handler changes in place and shows as JSON.
import * as gr from 'termblocks';

const demo = gr.Blocks();

demo.build(() => {
  const defaultJson: Record<string, unknown> = {a: 'a'};

  const num = gr.State(0);
  const squared = gr.Number({value: 0});
  const btn = gr.Button('Next Square', {elemId: 'btn', elemClasses: ['abc', 'def']});

  const stats = gr.State(defaultJson);
  const table = gr.JSON();

  function increase(variable: number, statsHistory: Record<string, unknown>) {
    variable += 1;
    statsHistory[String(variable)] = variable ** 2;
    return [variable, variable ** 2, statsHistory, statsHistory];
  }

  btn.click(increase, [num, stats], [num, squared, stats, table]);
});

export default demo;
