import {expect, test} from '@jest/globals';
import type * as gr from 'termblocks';
import demo from '../../examples/chatroom.js';

test('a message sent in one session appears in every other live session, signed with the sender', async () => {
  const [room, text] = demo.components.filter(c => !c.hidden) as [gr.Chatbot, gr.Textbox];
  const alice = demo.session({user: 'alice'});
  const bob = demo.session({user: 'bob'});
  await alice.idle();
  await bob.idle();
  await alice.set(text, 'hello bob');
  await alice.submit(text);
  await bob.idle();
  expect(bob.value(room)).toEqual([{role: 'assistant', content: 'alice: hello bob'}]);
  expect(alice.value(text)).toBe('');
  // A newcomer sees the history at once.
  const carol = demo.session({user: 'carol'});
  await carol.idle();
  expect(carol.value(room)).toEqual([{role: 'assistant', content: 'alice: hello bob'}]);
  await Promise.all([alice.close(), bob.close(), carol.close()]);
});
