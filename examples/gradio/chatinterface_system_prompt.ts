// Gradio's demo/chatinterface_system_prompt, in TypeScript: two additional inputs, in the
// "Additional Inputs" accordion, reach the function after the history.
import * as gr from 'termblocks';

async function* echo(message: string, _history: gr.ChatMessage[], systemPrompt: string, tokens: number) {
  const response = `System prompt: ${systemPrompt}\n Message: ${message}.`;
  for (let i = 0; i < Math.min(response.length, Math.trunc(tokens)); i++) {
    await gr.sleep(50); // Gradio's time.sleep(0.05), on the session's clock (tape time in a demo)
    yield response.slice(0, i + 1);
  }
}

const demo = gr.ChatInterface(echo, {
  additionalInputs: [gr.Textbox({value: 'You are helpful AI.', label: 'System Prompt'}), gr.Slider({minimum: 10, maximum: 100})],
});

export default demo;
