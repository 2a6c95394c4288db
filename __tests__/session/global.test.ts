import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';

function chatRoom() {
  let room!: gr.Global<string[]>, say!: gr.Textbox, send!: gr.Button, transcript!: gr.Textbox, clear!: gr.Button;
  let broadcasts = 0;
  const demo = gr.Blocks(() => {
    room = gr.Global<string[]>([]);
    say = gr.Textbox();
    send = gr.Button('send');
    clear = gr.Button('clear');
    transcript = gr.Textbox();
    send.click(
      (line: string, lines: string[], context: gr.HandlerContext) => {
        lines.push(`${context.user?.name}: ${line}`);
        return lines;
      },
      [say, room],
      room,
    );
    clear.click(() => [], null, room);
    room.change(
      (lines: string[]) => {
        broadcasts++;
        return lines.join('\n');
      },
      room,
      transcript,
    );
  });
  return {demo, room, say, send, clear, transcript, broadcasts: () => broadcasts};
}

test('a Global written in one session reaches every live session’s change listeners at once', async () => {
  const app = chatRoom();
  const ann = app.demo.session({user: 'ann'});
  const bob = app.demo.session({user: 'bob'});
  const updates: string[] = [];
  bob.subscribe(() => updates.push(String(bob.value(app.transcript))));
  await ann.set(app.say, 'hi');
  await ann.click(app.send);
  await bob.idle();
  expect(ann.value(app.transcript)).toBe('ann: hi');
  expect(bob.value(app.transcript)).toBe('ann: hi');
  expect(updates).toContain('ann: hi');
  expect(bob.value(app.room)).toEqual(['ann: hi']);
  await Promise.all([ann.close(), bob.close()]);
});

test('writing a Global an equal value is no change and broadcasts nothing', async () => {
  const app = chatRoom();
  const ann = app.demo.session({user: 'ann'});
  const bob = app.demo.session({user: 'bob'});
  await ann.click(app.clear);
  await bob.idle();
  expect(app.broadcasts()).toBe(0);
  await Promise.all([ann.close(), bob.close()]);
});

test('a closed session hears no more broadcasts', async () => {
  const app = chatRoom();
  const ann = app.demo.session({user: 'ann'});
  const bob = app.demo.session({user: 'bob'});
  await bob.close();
  await ann.set(app.say, 'anyone?');
  await ann.click(app.send);
  expect(app.broadcasts()).toBe(1);
  await ann.close();
});

test('a Global’s default must be plain data', () => {
  expect(() =>
    gr.Blocks(() => {
      gr.Global({socket: () => 'x'}, {label: 'room'});
    }),
  ).toThrow(/Global "room": its initial value must be plain data/);
});
