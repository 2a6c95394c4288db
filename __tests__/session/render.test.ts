// gr.render in a session: when it runs, what its runs make, and that nothing a run made outlives it.
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks): gr.Session {
  const session = demo.session();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** The components the session shows inside `layout`, depth first. */
function shownIn(session: gr.Session, layout: gr.Block): gr.Component[] {
  return session.children(layout as never).flatMap(block => (block instanceof gr.Component ? [block] : shownIn(session, block)));
}

/** Their values. */
function values(session: gr.Session, layout: gr.Block): unknown[] {
  return shownIn(session, layout).map(component => session.value(component));
}

function countApp() {
  let count!: gr.Number;
  let where!: gr.Column;
  const runs: number[] = [];
  const demo = gr.Blocks(() => {
    count = gr.Number(2);
    where = gr.Column(column => {
      gr.render(count, function boxes(n: number) {
        runs.push(n);
        for (let i = 0; i < n; i++) gr.Textbox(`box ${i}`, {key: i});
      });
      return column;
    });
  });
  return {demo, count, where, runs};
}

test('a render runs when the session loads and when an input changes, once per session', async () => {
  const {demo, count, where, runs} = countApp();
  const a = open(demo);
  const b = open(demo);
  await Promise.all([a.idle(), b.idle()]);
  expect(runs).toEqual([2, 2]);
  await a.set(count, 3);
  expect(values(a, where)).toEqual(['box 0', 'box 1', 'box 2']);
  expect(values(b, where)).toEqual(['box 0', 'box 1']);
  expect(runs).toEqual([2, 2, 3]);
});

test("a key keeps a box's value across runs; a box without one starts again", async () => {
  let n!: gr.Slider;
  let where!: gr.Column;
  const demo = gr.Blocks(() => {
    n = gr.Slider(1, 5, 1, {step: 1});
    where = gr.Column(column => {
      gr.render(n, (count: number) => {
        for (let i = 0; i < count; i++) {
          gr.Textbox({key: `k${i}`, label: `kept ${i}`, interactive: true});
          gr.Textbox({label: `fresh ${i}`, interactive: true});
        }
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  const [kept, fresh] = shownIn(s, where) as gr.Textbox[];
  await s.set(kept as gr.Textbox, 'typed');
  await s.set(fresh as gr.Textbox, 'lost');
  await s.set(n, 2);
  expect(values(s, where)).toEqual(['typed', '', '', '']);
  expect(s.successor(kept as gr.Textbox)).toBe(shownIn(s, where)[0]);
  expect(() => s.value(fresh as gr.Textbox)).toThrow(/does not show/);
});

test('triggers replace the default ones: the render waits for them, load included only when given', async () => {
  let box!: gr.Textbox;
  let go!: gr.Button;
  let where!: gr.Column;
  const demo = gr.Blocks(() => {
    box = gr.Textbox('a');
    go = gr.Button('Go');
    where = gr.Column(column => {
      gr.render({inputs: [box], triggers: [go.click]}, (text: string) => {
        gr.Markdown(text.toUpperCase());
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  expect(values(s, where)).toEqual([]);
  await s.set(box, 'hi');
  expect(values(s, where)).toEqual([]);
  await s.click(go);
  expect(values(s, where)).toEqual(['HI']);
});

test('listeners made in a render use blocks inside and outside it; a failing run keeps the previous one', async () => {
  let n!: gr.Number;
  let total!: gr.Textbox;
  let where!: gr.Column;
  const demo = gr.Blocks(() => {
    n = gr.Number(1);
    total = gr.Textbox({label: 'total'});
    where = gr.Column(column => {
      gr.render(n, (count: number) => {
        if (count > 3) throw new gr.Error('at most 3');
        gr.Row(() => {
          for (let i = 0; i < count; i++) {
            const b = gr.Button(`+${i}`);
            b.click((value: number) => `${value + i}`, n, total);
          }
        });
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  await s.set(n, 2);
  const buttons = () => shownIn(s, where) as gr.Button[];
  await s.click(buttons()[1] as gr.Button);
  expect(s.value(total)).toBe('3');
  await s.set(n, 7);
  expect(s.notices.at(-1)?.message).toBe('at most 3');
  expect(buttons().map(b => s.value(b))).toEqual(['+0', '+1']);
});

test('a render outside any gr.Blocks is a build error that says where it goes', () => {
  expect(() => gr.render([], () => {})).toThrow('gr.render(...) must be called inside gr.Blocks(() => { ... })');
  expect(() => gr.Blocks(() => gr.render([undefined as never], () => {}))).toThrow(
    /inputs\[0\] must be a component, got undefined \(most likely a component used before it was created\)/,
  );
});

test('nothing a run made outlives it: 200 runs hold one run of values, and a session that ends holds none', async () => {
  const deleted: unknown[] = [];
  let n!: gr.Number;
  const demo = gr.Blocks(() => {
    n = gr.Number(3);
    gr.render(n, (count: number) => {
      for (let i = 0; i < count; i++) gr.Textbox(`box ${i}`);
      gr.State({run: count}, {deleteCallback: value => deleted.push(value)});
      // A Timer made in a run stops with it (else Jest would not exit).
      gr.Timer(60).tick(() => {});
    });
  });
  const s = open(demo);
  await s.idle();
  const held = (s as unknown as {store: {size: number}}).store.size;
  // The Number, three boxes, the State and the Timer.
  expect(held).toBe(6);
  const first = s.blocks.filter(b => b.owner !== demo).map(b => new WeakRef(b));
  // Three boxes, the State and the Timer.
  expect(first).toHaveLength(5);
  for (let i = 0; i < 200; i++) await s.set(n, i % 2 === 0 ? 4 : 3);
  expect((s as unknown as {store: {size: number}}).store.size).toBe(held);
  expect(s.blocks.length).toBe(demo.blocks.length + 5);
  expect(deleted).toHaveLength(200);
  await s.close();
  expect(deleted).toHaveLength(201);
  expect(s.blocks).toEqual(demo.blocks);
  // And the blocks themselves are garbage once no session holds them.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  await new Promise(resolve => setImmediate(resolve));
  gc();
  expect(first.filter(ref => ref.deref() !== undefined)).toHaveLength(0);
});
