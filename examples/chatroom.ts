import * as gr from 'termblocks';

/** Messages kept for everyone; older ones drop off so the room stays small. */
const KEEP = 100;

// Serve it with `termblocks serve examples/chatroom.ts`: every SSH user sees every
// message the moment it is sent, signed with the name they logged in with.
export default gr.Blocks({title: 'Chat room'}, demo => {
  const messages = gr.Global<gr.ChatMessage[]>([]);
  const room = gr.Chatbot({label: 'Room', height: 10});
  const text = gr.Textbox({label: 'Message', placeholder: 'Say something and press Enter', maxLength: 500});

  function send(message: string, history: gr.ChatMessage[], context: gr.HandlerContext) {
    if (message.trim() === '') return [gr.skip(), ''];
    const name = context.user?.name ?? 'someone';
    return [[...history, {role: 'assistant', content: `${name}: ${message}`}].slice(-KEEP), ''];
  }

  text.submit(send, [text, messages], [messages, text]);
  // Whoever wrote it, every session's screen follows the shared list.
  messages.change(history => history, [messages], [room]);
  demo.load(history => history, [messages], [room]);
});
