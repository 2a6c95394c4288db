// The rule for writing gr.Global, on the in-process store (the default): a run that read
// a Global and writes it commits only if no one wrote it in between; otherwise it runs
// again on the fresh value, five runs in all, and then the event fails with a toast.
import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {appendApp} from '../fixtures/append-app.js';
import {deferred} from './recording-logger.js';

const pause = () => new Promise<void>(resolve => setTimeout(resolve, Math.random() * 3));

/** Sends every message of one user in turn, sending again any the app said failed; gives how many failed. */
async function sendAll(app: ReturnType<typeof appendApp>, session: gr.Session, messages: string[]): Promise<number> {
  let failures = 0;
  for (const message of messages) {
    for (;;) {
      await session.set(app.text, message);
      await session.submit(app.text);
      const status = session.value(app.status);
      if (status === `ok ${message}`) break;
      expect(status).toBe(`failed ${message}`);
      failures++;
    }
  }
  return failures;
}

test('30 sessions appending 20 messages each at once with async handlers lose none and repeat none', async () => {
  const app = appendApp({pause});
  const sessions = Array.from({length: 30}, (_, index) => app.demo.session({user: `user${index}`}));
  const messages = sessions.map((_, user) => Array.from({length: 20}, (_, n) => `u${user}-m${n}`));
  const failures = await Promise.all(sessions.map((session, user) => sendAll(app, session, messages[user] as string[])));
  const list = sessions[0]?.value(app.log) as string[];
  expect(list).toHaveLength(600);
  expect(new Set(list).size).toBe(600);
  expect([...list].sort()).toEqual(messages.flat().sort());
  // Every user's own messages keep their order: a run never commits over a newer list.
  for (const own of messages) expect(list.filter(message => own.includes(message))).toEqual(own);
  // The handlers overlapped, so runs met newer lists and ran again: the rule was exercised.
  expect(app.runs.count).toBeGreaterThan(600);
  console.log(
    `in-process, 30 sessions x 20 async appends: ${app.runs.count} runs for 600 messages, ${failures.reduce((a, b) => a + b, 0)} events failed after 5 runs and were sent again`,
  );
  await Promise.all(sessions.map(session => session.close()));
});

test('a run whose Global was written while it awaited runs again on the new value', async () => {
  let room!: gr.Global<string[]>, say!: gr.Button, shout!: gr.Button;
  const gate = deferred();
  const seen: string[][] = [];
  const demo = gr.Blocks(() => {
    room = gr.Global<string[]>([]);
    say = gr.Button('say');
    shout = gr.Button('shout');
    say.click(
      async (lines: string[]) => {
        seen.push([...lines]);
        if (seen.length === 1) await gate.promise;
        lines.push('slow');
        return lines;
      },
      room,
      room,
    );
    shout.click((lines: string[]) => [...lines, 'quick'], room, room);
  });
  const ann = demo.session();
  const bob = demo.session();
  const slow = ann.click(say);
  await bob.click(shout);
  gate.resolve();
  await slow;
  expect(seen).toEqual([[], ['quick']]);
  expect(ann.value(room)).toEqual(['quick', 'slow']);
  expect(bob.value(room)).toEqual(['quick', 'slow']);
  expect(ann.notices).toEqual([]);
  await Promise.all([ann.close(), bob.close()]);
});

test('a run that meets a newer value five times fails with a toast, and its .failure runs', async () => {
  let count!: gr.Global<number>, bump!: gr.Button, slow!: gr.Button, status!: gr.Textbox;
  let bob!: gr.Session;
  let runs = 0;
  const demo = gr.Blocks(() => {
    count = gr.Global(0);
    bump = gr.Button('bump');
    slow = gr.Button('slow');
    status = gr.Textbox();
    bump.click((n: number) => n + 1, count, count);
    slow
      .click(
        async function slowAdd(n: number) {
          runs++;
          await bob.click(bump);
          return n + 100;
        },
        count,
        count,
      )
      .failure(() => 'gave up', null, status);
  });
  const ann = demo.session();
  bob = demo.session();
  await ann.click(slow);
  expect(runs).toBe(5);
  expect(ann.value(count)).toBe(5);
  expect(ann.value(status)).toBe('gave up');
  expect(ann.notices.map(notice => [notice.title, notice.message])).toEqual([
    ['Busy', '"slowAdd" could not save: the shared value it changes was changed by others 5 times while it ran. Try again.'],
  ]);
  expect(bob.notices).toEqual([]);
  await Promise.all([ann.close(), bob.close()]);
});

test('a Global written without being read is written whatever happened meanwhile (the last writer wins)', async () => {
  let flag!: gr.Global<string>, set!: gr.Button, other!: gr.Button;
  const gate = deferred();
  let runs = 0;
  const demo = gr.Blocks(() => {
    flag = gr.Global('none');
    set = gr.Button('set');
    other = gr.Button('other');
    set.click(
      async () => {
        runs++;
        await gate.promise;
        return 'from ann';
      },
      null,
      flag,
    );
    other.click(() => 'from bob', null, flag);
  });
  const ann = demo.session();
  const bob = demo.session();
  const pending = ann.click(set);
  await bob.click(other);
  gate.resolve();
  await pending;
  expect(runs).toBe(1);
  expect(bob.value(flag)).toBe('from ann');
  await Promise.all([ann.close(), bob.close()]);
});

test('a run that fails leaves no in-place change in the shared value', async () => {
  let room!: gr.Global<string[]>, go!: gr.Button;
  const demo = gr.Blocks(() => {
    room = gr.Global<string[]>(['first']);
    go = gr.Button('go');
    go.click(
      (lines: string[]) => {
        lines.push('half-done');
        throw new gr.Error('no');
      },
      room,
      room,
    );
  });
  const ann = demo.session();
  await ann.click(go);
  expect(ann.value(room)).toEqual(['first']);
  await ann.close();
});

test('a Global’s default that a shared store cannot carry is refused when the app is built', () => {
  expect(() =>
    gr.Blocks(() => {
      gr.Global(new Blob(['x']), {label: 'upload'});
    }),
  ).toThrow(/Global "upload": its initial value cannot be kept in a shared store \(Unserializable host object/);
});
