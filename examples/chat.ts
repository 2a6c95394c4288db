import * as gr from 'termblocks';

/** A pretend model: answers by echoing, a word at a time. */
function* words(message: string): Generator<string> {
  yield* `You said: ${message}`.split(' ').map((word, i) => (i === 0 ? word : ` ${word}`));
}

export default gr.Blocks({title: 'Chat'}, () => {
  const history = gr.State<gr.ChatMessage[]>([]);
  const chat = gr.Chatbot({label: 'Conversation', height: 8});
  const message = gr.Textbox({label: 'Message', placeholder: 'Type and press Enter'});

  // The reply streams: each yield is a full set of outputs, drawn as it comes.
  async function* reply(text: string, past: gr.ChatMessage[]) {
    const conversation: gr.ChatMessage[] = [...past, {role: 'user', content: text}, {role: 'assistant', content: ''}];
    yield [conversation, conversation, ''];
    let reply = '';
    for (const word of words(text)) {
      // On the session's clock: real time when run, tape time in `termblocks demo`.
      await gr.sleep(30);
      reply += word;
      conversation[conversation.length - 1] = {role: 'assistant', content: reply};
      yield [conversation, [...conversation], ''];
    }
  }

  message.submit(reply, [message, history], [history, chat, message]);
});
