// Gradio's demo/calculator_live, in TypeScript: a live Interface re-runs on every change, with no Submit button.
import * as gr from 'termblocks';

function calculator(num1: number, operation: string, num2: number) {
  if (operation === 'add') return num1 + num2;
  if (operation === 'subtract') return num1 - num2;
  if (operation === 'multiply') return num1 * num2;
  if (operation === 'divide') return num1 / num2;
  return null;
}

const demo = gr.Interface(
  calculator,
  ['number', gr.Radio({choices: ['add', 'subtract', 'multiply', 'divide']}), 'number'],
  'number',
  {live: true},
);

export default demo;
