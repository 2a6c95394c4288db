// Gradio's demo/tabbed_interface_lite, in TypeScript: two Interfaces, each in its own tab.
// (Gradio's third tab is a gr.ChatInterface, which termblocks does not have yet.)
import * as gr from 'termblocks';

const helloWorld = gr.Interface((name: string) => `Hello ${name}`, 'text', 'text', {apiName: 'predict'});
const byeWorld = gr.Interface((name: string) => `Bye ${name}`, 'text', 'text', {apiName: 'predict'});

const demo = gr.TabbedInterface([helloWorld, byeWorld], ['Hello World', 'Bye World']);

export default demo;
