// Gradio's demo/chatinterface_streaming_echo, in TypeScript: the reply streams in a letter at a time.
// Flagging and saved history are browser features: accepted and ignored, with one line in the log.
import * as gr from 'termblocks';

async function* slowEcho(message: string, _history: gr.ChatMessage[]) {
  for (let i = 0; i < message.length; i++) {
    await gr.sleep(50); // Gradio's time.sleep(0.05), on the session's clock (tape time in a demo)
    yield `You typed: ${message.slice(0, i + 1)}`;
  }
}

const demo = gr.ChatInterface(slowEcho, {
  flaggingMode: 'manual',
  flaggingOptions: ['Like', 'Spam', 'Inappropriate', 'Other'],
  saveHistory: true,
});

export default demo;
