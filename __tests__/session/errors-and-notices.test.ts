import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {deferred, recordingLogger} from './recording-logger.js';

function failing(fn: gr.Handler) {
  let btn!: gr.Button, out!: gr.Textbox, after!: gr.Textbox;
  const ran: string[] = [];
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    out = gr.Textbox({value: 'before'});
    after = gr.Textbox();
    const dep = btn.click(fn, null, out, {apiName: 'risky'});
    dep.success(() => {
      ran.push('success');
    });
    dep.failure(() => {
      ran.push('failure');
    });
    dep.then(() => {
      ran.push('then');
    });
  });
  return {demo, btn, out, after, ran};
}

test('gr.Error shows its message to the user, fails the event (.failure runs, .success does not) and logs nothing', async () => {
  const logger = recordingLogger();
  const t = failing(() => {
    throw new gr.Error('That letter was already guessed', {title: 'Oops', duration: null});
  });
  const s = t.demo.session({logger});
  await s.click(t.btn);
  expect(s.notices).toEqual([
    expect.objectContaining({level: 'error', title: 'Oops', message: 'That letter was already guessed', duration: null}),
  ]);
  expect(t.ran.sort()).toEqual(['failure', 'then']);
  expect(s.value(t.out)).toBe('before');
  expect(logger.errors).toEqual([]);
  await s.close();
});

test('any other exception shows a short generic notice and logs the stack for the developer', async () => {
  const logger = recordingLogger();
  const t = failing(async () => {
    await Promise.resolve();
    throw new TypeError('cannot read properties of undefined');
  });
  const s = t.demo.session({logger});
  await s.click(t.btn);
  expect(s.notices.map(n => [n.level, n.message])).toEqual([
    ['error', 'Something went wrong in "risky". The details are in the server log.'],
  ]);
  expect(s.notices[0].message).not.toContain('undefined');
  expect(logger.errors).toHaveLength(1);
  expect(logger.errors[0].message).toBe(`session ${s.id}: listener "risky" threw`);
  expect((logger.errors[0].error as Error).message).toBe('cannot read properties of undefined');
  expect(t.ran.sort()).toEqual(['failure', 'then']);
  await s.close();
});

test('a failed event crashes nothing: the same session runs its next event, other sessions see no notice', async () => {
  let fail = true;
  const t = failing(() => {
    if (fail) throw new Error('boom');
    return 'fine';
  });
  const a = t.demo.session({logger: recordingLogger()});
  const b = t.demo.session();
  await a.click(t.btn);
  fail = false;
  await a.click(t.btn);
  expect(a.value(t.out)).toBe('fine');
  expect(b.notices).toEqual([]);
  expect(t.ran.sort()).toEqual(['failure', 'success', 'then', 'then']);
  await Promise.all([a.close(), b.close()]);
});

test('a successful event runs .success and .then, not .failure', async () => {
  const t = failing(() => 'ok');
  const s = t.demo.session();
  await s.click(t.btn);
  expect(t.ran.sort()).toEqual(['success', 'then']);
  await s.close();
});

test('context.info and context.warning show toasts to this user only', async () => {
  let btn!: gr.Button;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    btn.click((context: gr.HandlerContext) => {
      context.info('Saved');
      context.warning('Disk almost full', {title: 'Careful', duration: 3});
    });
  });
  const a = demo.session();
  const b = demo.session();
  await a.click(btn);
  expect(a.notices.map(n => [n.level, n.title, n.message, n.duration])).toEqual([
    ['info', 'Info', 'Saved', 10],
    ['warning', 'Careful', 'Disk almost full', 3],
  ]);
  expect(b.notices).toEqual([]);
  await Promise.all([a.close(), b.close()]);
});

test('gr.Info and gr.Warning reach the user whose event is running, across awaits and with two events at once', async () => {
  const gates = {ann: deferred(), bob: deferred()};
  let btn!: gr.Button;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    btn.click(async (context: gr.HandlerContext) => {
      const name = context.user?.name as 'ann' | 'bob';
      await gates[name].promise;
      gr.Info(`hello ${name}`);
      await Promise.resolve();
      gr.Warning(`bye ${name}`);
    });
  });
  const ann = demo.session({user: 'ann'});
  const bob = demo.session({user: 'bob'});
  const clicks = [ann.click(btn), bob.click(btn)];
  gates.bob.resolve();
  gates.ann.resolve();
  await Promise.all(clicks);
  expect(ann.notices.map(n => n.message)).toEqual(['hello ann', 'bye ann']);
  expect(bob.notices.map(n => n.message)).toEqual(['hello bob', 'bye bob']);
  await Promise.all([ann.close(), bob.close()]);
});

test('gr.Info outside any handler does nothing', () => {
  expect(() => gr.Info('nobody listens')).not.toThrow();
});

test('a value a component rejects before the handler runs fails the event with Gradio’s message', async () => {
  let pick!: gr.Dropdown, btn!: gr.Button;
  let called = false;
  const demo = gr.Blocks(() => {
    pick = gr.Dropdown({choices: ['a', 'b'], value: 'z'});
    btn = gr.Button();
    btn.click(() => {
      called = true;
    }, pick);
  });
  const s = demo.session();
  await s.click(btn);
  expect(called).toBe(false);
  expect(s.notices[0].message).toBe('Value: "z" is not in the list of choices: ["a","b"]');
  await s.close();
});

test('a dismissed notice is gone and subscribers are told', async () => {
  const t = failing(() => {
    throw new gr.Error('nope');
  });
  const s = t.demo.session();
  await s.click(t.btn);
  let told = 0;
  s.subscribe(() => told++);
  s.dismiss(s.notices[0].id);
  expect(s.notices).toEqual([]);
  expect(told).toBe(1);
  await s.close();
});
