import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import demo from '../../examples/chat.js';

test('a reply streams in word by word, the box clears, and the history is kept per session', async () => {
  const [chat, message] = demo.components.filter(c => !c.hidden) as [gr.Chatbot, gr.Textbox];
  const session = demo.session();
  const seen: string[] = [];
  session.subscribe(() => {
    const last = (session.value(chat) as gr.ChatMessage[] | undefined)?.at(-1);
    if (last?.role === 'assistant' && seen.at(-1) !== last.content) seen.push(last.content);
  });
  await session.set(message, 'hello there');
  await session.submit(message);
  expect(session.value(chat)).toEqual([
    {role: 'user', content: 'hello there'},
    {role: 'assistant', content: 'You said: hello there'},
  ]);
  expect(seen).toEqual(['', 'You', 'You said:', 'You said: hello', 'You said: hello there']);
  expect(session.value(message)).toBe('');
  const other = demo.session();
  expect(other.value(chat)).toEqual([]);
  await Promise.all([session.close(), other.close()]);
});
