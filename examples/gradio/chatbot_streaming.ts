// Gradio's demo/chatbot_streaming, in TypeScript: the user's message goes in at once, then .then() streams the bot's reply a character at a time.
import * as gr from 'termblocks';

const demo = gr.Blocks(() => {
  const chatbot = gr.Chatbot();
  const msg = gr.Textbox();
  const clear = gr.Button('Clear');

  function user(userMessage: string, history: gr.ChatMessage[]) {
    return ['', [...history, {role: 'user', content: userMessage}]];
  }

  async function* bot(history: gr.ChatMessage[]) {
    const choices = ['How are you?', 'I love you', "I'm very hungry"];
    const botMessage = choices[Math.floor(Math.random() * choices.length)] as string;
    history.push({role: 'assistant', content: ''});
    for (const character of botMessage) {
      (history.at(-1) as gr.ChatMessage).content += character;
      await gr.sleep(0.05);
      yield history;
    }
  }

  msg.submit(user, [msg, chatbot], [msg, chatbot], {queue: false}).then(bot, chatbot, chatbot);
  clear.click(() => null, null, chatbot, {queue: false});
});

export default demo;
