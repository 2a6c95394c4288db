// Gradio's demo/test_chatinterface_examples, in TypeScript: example messages show in the empty
// chat; choosing one sends it, and the reply streams back a character at a time.
import * as gr from 'termblocks';

function* generate(message: string, _chatHistory: gr.ChatMessage[]) {
  let output = '';
  for (const character of message) {
    output += character;
    yield output;
  }
}

const demo = gr.ChatInterface({
  fn: generate,
  examples: [['Hey'], ['Can you explain briefly to me what is the Python programming language?']],
  cacheExamples: false,
});

export default demo;
