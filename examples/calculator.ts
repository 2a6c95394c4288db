import * as gr from 'termblocks';

const OPERATIONS = ['add', 'subtract', 'multiply', 'divide'] as const;

export default gr.Blocks({title: 'Calculator'}, () => {
  let a!: gr.Number, operation!: gr.Radio, b!: gr.Number;
  gr.Row(() => {
    a = gr.Number({label: 'a', value: 4});
    operation = gr.Radio({label: 'Operation', choices: [...OPERATIONS], value: 'add'});
    b = gr.Number({label: 'b', value: 2});
  });
  const calculate = gr.Button({value: 'Calculate', variant: 'primary'});
  const result = gr.Number({label: 'Result'});
  const history = gr.Markdown('');

  function compute(x: number | null, op: (typeof OPERATIONS)[number], y: number | null) {
    const left = x ?? 0;
    const right = y ?? 0;
    if (op === 'divide' && right === 0) throw new gr.Error('Cannot divide by zero');
    const value = {add: left + right, subtract: left - right, multiply: left * right, divide: left / right}[op];
    // An array gives the outputs by position: the result, then the history line.
    return [value, `Last: **${left} ${op} ${right} = ${value}**`];
  }

  calculate.click(compute, [a, operation, b], [result, history]);
});
