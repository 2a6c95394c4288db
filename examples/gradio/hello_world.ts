// Gradio's quickstart hello world, in TypeScript: a text box and a slider in, a text box out.
import * as gr from 'termblocks';

function greet(name: string, intensity: number) {
  return `Hello, ${name}${'!'.repeat(intensity)}`;
}

const demo = gr.Interface({fn: greet, inputs: ['text', 'slider'], outputs: ['text'], apiName: 'predict'});

export default demo;
