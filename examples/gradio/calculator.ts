// Gradio's demo/calculator, in TypeScript: an Interface with a Radio and example rows.
import * as gr from 'termblocks';

function calculator(num1: number, operation: string, num2: number) {
  if (operation === 'add') return num1 + num2;
  if (operation === 'subtract') return num1 - num2;
  if (operation === 'multiply') return num1 * num2;
  if (operation === 'divide') {
    if (num2 === 0) throw new gr.Error('Cannot divide by zero!');
    return num1 / num2;
  }
  return null;
}

const demo = gr.Interface(
  calculator,
  ['number', gr.Radio({choices: ['add', 'subtract', 'multiply', 'divide']}), 'number'],
  'number',
  {
    examples: [
      [45, 'add', 3],
      [3.14, 'divide', 2],
      [144, 'multiply', 2.5],
      [0, 'subtract', 1.2],
    ],
    title: 'Toy Calculator',
    description: "Here's a sample toy calculator.",
    apiName: 'predict',
  },
);

export default demo;
