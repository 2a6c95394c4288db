// Gradio's demo/tabbed_interface_lite, in TypeScript: two Interfaces and a ChatInterface, each in its own tab.
import * as gr from 'termblocks';

const helloWorld = gr.Interface((name: string) => `Hello ${name}`, 'text', 'text', {apiName: 'predict'});
const byeWorld = gr.Interface((name: string) => `Bye ${name}`, 'text', 'text', {apiName: 'predict'});
const chat = gr.ChatInterface((...args: unknown[]) => `Hello ${args[0]}`, {apiName: 'chat'});

const demo = gr.TabbedInterface([helloWorld, byeWorld, chat], ['Hello World', 'Bye World', 'Chat']);

export default demo;
