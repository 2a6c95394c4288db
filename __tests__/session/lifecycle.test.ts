import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred, eventually, recordingLogger} from './recording-logger.js';

test('handlers see the session id and user in their context', async () => {
  let btn!: gr.Button;
  const seen: unknown[] = [];
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    btn.click((context: gr.HandlerContext) => {
      seen.push([context.sessionId, context.user]);
    });
  });
  const s = demo.session({user: {name: 'ada', keyFingerprint: 'SHA256:abc'}, id: 'session-1'});
  await s.click(btn);
  expect(seen).toEqual([['session-1', {name: 'ada', keyFingerprint: 'SHA256:abc'}]]);
  expect(s.id).toBe('session-1');
  expect(s.user).toEqual({name: 'ada', keyFingerprint: 'SHA256:abc'});
  expect(s.app).toBe(demo);
  await s.close();
});

test('closing a session aborts context.signal of its running handlers and drops their outputs', async () => {
  const started = deferred();
  let signal: AbortSignal | undefined;
  let btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox({value: 'before'});
    btn.click(
      async (context: gr.HandlerContext) => {
        signal = context.signal;
        started.resolve();
        await new Promise(resolve => context.signal.addEventListener('abort', resolve));
        return 'after close';
      },
      null,
      out,
    );
  });
  const s = demo.session();
  const values: unknown[] = [];
  s.subscribe(event => values.push(event.type));
  void s.click(btn);
  await started.promise;
  expect(signal?.aborted).toBe(false);
  await s.close();
  await s.idle();
  expect(signal?.aborted).toBe(true);
  expect(signal?.reason).toBeInstanceOf(gr.SessionClosedError);
  expect(values.filter(v => v === 'closed')).toEqual(['closed']);
  expect(s.notices).toEqual([]);
});

test('every action on a closed session rejects with SessionClosedError', async () => {
  let btn!: gr.Button, box!: gr.Textbox;
  const demo = gr.Blocks(() => {
    box = gr.Textbox();
    btn = gr.Button();
    btn.click(() => {}, box);
  });
  const s = demo.session();
  await s.close();
  await expect(s.set(box, 'late')).rejects.toThrow(gr.SessionClosedError);
  await expect(s.click(btn)).rejects.toThrow(`session ${s.id} is closed: cannot click`);
  await expect(s.submit(box)).rejects.toThrow(gr.SessionClosedError);
  await expect(s.trigger(box, 'change')).rejects.toThrow(gr.SessionClosedError);
});

test('close is safe to call twice and resolves after unload handlers and delete callbacks ran', async () => {
  const order: string[] = [];
  const demo = gr.Blocks(app => {
    gr.State(() => 'first', {deleteCallback: value => order.push(`delete ${value}`)});
    gr.State(() => 'second', {deleteCallback: value => order.push(`delete ${value}`)});
    app.unload(async (context: gr.HandlerContext) => {
      await Promise.resolve();
      order.push(`unload ${context.sessionId}`);
    });
  });
  const s = demo.session({id: 's1'});
  await Promise.all([s.close(), s.close()]);
  expect(order).toEqual(['unload s1', 'delete first', 'delete second']);
});

test('an unload handler that throws is logged, and delete callbacks still run', async () => {
  const logger = recordingLogger();
  const deleted: unknown[] = [];
  const demo = gr.Blocks(app => {
    gr.State(() => 'value', {deleteCallback: value => deleted.push(value)});
    app.unload(function saveDraft() {
      throw new Error('disk gone');
    });
  });
  const s = demo.session({logger});
  await s.close();
  expect(logger.errors.map(e => e.message)).toEqual([`session ${s.id}: unload listener "saveDraft" threw`]);
  expect(deleted).toEqual(['value']);
});

test('an unload handler that hangs is abandoned after the host’s time limit, with a warning', async () => {
  const logger = recordingLogger();
  let unloadSignal: AbortSignal | undefined;
  const demo = gr.Blocks(app => {
    app.unload(function hang(context: gr.HandlerContext) {
      unloadSignal = context.signal;
      return new Promise(() => {});
    });
  });
  gr.SessionHost.of(demo).unloadTimeoutMs = 30;
  const s = demo.session({logger});
  await s.close();
  expect(logger.warnings).toEqual([`session ${s.id}: unload listener "hang" took longer than 30 ms; moving on`]);
  expect(unloadSignal?.aborted).toBe(true);
});

test('a deleteCallback that throws is logged and the others still run', async () => {
  const logger = recordingLogger();
  const deleted: unknown[] = [];
  const demo = gr.Blocks(() => {
    gr.State(1, {
      label: 'bad',
      deleteCallback: () => {
        throw new Error('nope');
      },
    });
    gr.State(2, {deleteCallback: value => deleted.push(value)});
  });
  const s = demo.session({logger});
  await s.close();
  expect(logger.errors.map(e => e.message)).toEqual([`session ${s.id}: deleteCallback of State "bad" threw`]);
  expect(deleted).toEqual([2]);
});

test('a closed session leaves the host; closeAll closes the rest', async () => {
  const demo = gr.Blocks(() => {
    gr.Textbox();
  });
  const host = gr.SessionHost.of(demo);
  const a = demo.session();
  const b = demo.session();
  expect(host.sessions.size).toBe(2);
  await a.close();
  expect([...host.sessions]).toEqual([b]);
  await host.closeAll();
  expect(host.sessions.size).toBe(0);
  await eventually(() => b.signal.aborted);
});

test('a session refuses components of another app', async () => {
  let other!: gr.Textbox;
  gr.Blocks({title: 'Other'}, () => {
    other = gr.Textbox({label: 'Theirs'});
  });
  const demo = gr.Blocks({title: 'Mine'}, () => {
    gr.Textbox();
  });
  const s = demo.session();
  expect(() => s.value(other)).toThrow('Textbox "Theirs" belongs to app "Other", not to this session\'s app "Mine"');
  await expect(s.set(other, 'x')).rejects.toThrow('belongs to app "Other"');
  await s.close();
});

test('a subscriber that throws is logged and the others are still told', async () => {
  const logger = recordingLogger();
  let btn!: gr.Button, out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox();
    btn.click(() => 'shown', null, out);
  });
  const s = demo.session({logger});
  s.subscribe(() => {
    throw new Error('renderer bug');
  });
  const seen: unknown[] = [];
  s.subscribe(() => seen.push(s.value(out)));
  await s.click(btn);
  expect(seen.at(-1)).toBe('shown');
  expect(logger.errors[0].message).toBe('a session subscriber threw');
  await s.close();
});
