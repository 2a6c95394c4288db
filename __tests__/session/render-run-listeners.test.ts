// What a gr.render run attaches besides its blocks: demo.load and its chains, function values
// with every/inputs, concurrency limits, States' lifetimes; and what the render function receives.
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {VirtualClock} from '../../source/script/VirtualClock.js';
import {deferred, eventually, recordingLogger} from './recording-logger.js';

const sessions: gr.Session[] = [];
function open(demo: gr.Blocks, clock?: VirtualClock): gr.Session {
  const session = demo.session(clock ? {clock} : {});
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

function values(session: gr.Session, layout: gr.Block): unknown[] {
  return shownIn(session, layout).map(component => session.value(component));
}

test('demo.load and its .then chain, attached inside a render, run each time that run is rendered', async () => {
  let n!: gr.Number;
  let where!: gr.Column;
  const log: string[] = [];
  const demo = gr.Blocks(() => {
    n = gr.Number(1);
    where = gr.Column(column => {
      gr.render(n, (count: number) => {
        const box = gr.Textbox({label: 'loaded'});
        const after = gr.Textbox({label: 'after'});
        demo
          .load(
            () => {
              log.push(`load ${count}`);
              return `run ${count}`;
            },
            null,
            box,
          )
          .then((text: string) => `${text}, then`, box, after);
        gr.on([demo.load], () => log.push(`gr.on ${count}`));
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  expect(values(s, where)).toEqual(['run 1', 'run 1, then']);
  await s.set(n, 2);
  expect(values(s, where)).toEqual(['run 2', 'run 2, then']);
  // Once per run: the first run's load listener left with it.
  expect(log).toEqual(['load 1', 'gr.on 1', 'load 2', 'gr.on 2']);
});

test('a function value with every or inputs made in a render ticks in its run and stops when the run leaves', async () => {
  let n!: gr.Number;
  let name!: gr.Textbox;
  let where!: gr.Column;
  const calls: string[] = [];
  const demo = gr.Blocks(() => {
    n = gr.Number(1);
    name = gr.Textbox('Ada', {interactive: true});
    where = gr.Column(column => {
      gr.render(n, (count: number) => {
        let ticks = 0;
        gr.Textbox({value: () => `run ${count} tick ${ticks++}`, every: 1});
        gr.Textbox({
          value: (who: string) => {
            calls.push(`${count}:${who}`);
            return `Hello ${who}`;
          },
          inputs: name,
        });
      });
      return column;
    });
  });
  const clock = new VirtualClock();
  const s = open(demo, clock);
  await s.idle();
  // With inputs, the value is not called on its own when the run arrives: its load listener fills it.
  expect(values(s, where)).toEqual(['run 1 tick 0', 'Hello Ada']);
  await clock.advanceBy(2000, () => s.idle());
  expect(values(s, where)).toEqual(['run 1 tick 2', 'Hello Ada']);
  await s.set(name, 'Bob');
  expect(values(s, where)).toEqual(['run 1 tick 2', 'Hello Bob']);
  await s.set(n, 2);
  await clock.advanceBy(1000, () => s.idle());
  expect(values(s, where)).toEqual(['run 2 tick 1', 'Hello Bob']);
  await s.set(name, 'Cy');
  // The first run's listener on name.change left with its run.
  expect(calls).toEqual(['1:Ada', '1:Bob', '2:Bob', '2:Cy']);
  await s.close();
  // Nothing ticks once the session has closed.
  expect(clock.nextDue()).toBeUndefined();
});

test('a render function gets its inputs only; the context when it declares a parameter more, and gr.context() inside', async () => {
  let a!: gr.Textbox;
  let b!: gr.Textbox;
  let go!: gr.Button;
  let joined!: gr.Column;
  let withContext!: gr.Column;
  const demo = gr.Blocks(() => {
    a = gr.Textbox('x');
    b = gr.Textbox('y');
    go = gr.Button('Go');
    joined = gr.Column(column => {
      // Gradio's `def merge(*args)`: a variadic function receives exactly the inputs.
      gr.render([a, b], (...texts: string[]) => gr.Markdown(texts.join('+')));
      // A default for a trailing parameter (Python's `def f(x, y=...)`) is kept.
      gr.render([a], (text: string, suffix = '!') => gr.Markdown(`${text}${suffix}`));
      return column;
    });
    withContext = gr.Column(column => {
      // No inputs and one parameter: that parameter is the context (Gradio's `evt: gr.EventData`).
      gr.render({triggers: [go.click]}, (context: gr.HandlerContext) => {
        gr.Markdown(`${context.event.type} of ${(context.event.target as gr.Button).describe()}`);
        gr.Markdown(`${gr.context().event.type} via gr.context()`);
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  expect(values(s, joined)).toEqual(['x+y', 'x!']);
  await s.click(go);
  expect(values(s, withContext)).toEqual([`click of ${go.describe()}`, 'click via gr.context()']);
});

test('a State made in a render, with timeToLive and deleteCallback, is deleted once when its run leaves, and its lifetime ends with it', async () => {
  let n!: gr.Number;
  let add!: gr.Button;
  const deleted: unknown[] = [];
  const demo = gr.Blocks(() => {
    n = gr.Number(1);
    add = gr.Button('add');
    gr.render(n, (count: number) => {
      const state = gr.State([count], {timeToLive: 10, deleteCallback: value => deleted.push(value)});
      add.click((items: number[]) => [...items, items.length + count], state, state);
    });
  });
  const clock = new VirtualClock();
  const s = open(demo, clock);
  await s.idle();
  await s.click(add);
  await clock.advanceBy(5000, () => s.idle());
  await s.set(n, 5);
  // The first run's State, with the value the session gave it.
  expect(deleted).toEqual([[1, 2]]);
  // Past the first State's time to live: its expiry left with its run, and the new one's is 10 s from its birth.
  await clock.advanceBy(9000, () => s.idle());
  expect(deleted).toEqual([[1, 2]]);
  await clock.advanceBy(1000, () => s.idle());
  expect(deleted).toEqual([[1, 2], [5]]);
  await s.click(add);
  await s.set(n, 6);
  expect(deleted).toEqual([[1, 2], [5], [5, 6]]);
  await s.close();
  expect(deleted).toEqual([[1, 2], [5], [5, 6], [6]]);
  await clock.advanceBy(60_000);
  expect(deleted).toHaveLength(4);
});

test("a keyed listener's run that outlives its render run writes into the keyed blocks that replaced its outputs; one without a key writes nothing there", async () => {
  let again!: gr.Button;
  let where!: gr.Column;
  const gate = deferred();
  const started = {count: 0};
  const demo = gr.Blocks(app => {
    again = gr.Button('render again');
    where = gr.Column(column => {
      gr.render({triggers: [app.load, again.click]}, () => {
        const a = gr.Textbox({key: 'a', label: 'a'});
        const keyed = gr.Textbox({key: 'b', label: 'keyed'});
        const chained = gr.Textbox({key: 'c', label: 'chained'});
        const plain = gr.Textbox({key: 'd', label: 'plain'});
        const slow = async (text: string) => {
          started.count++;
          await gate.promise;
          return text;
        };
        a.change(slow, a, keyed, {key: 'a-b'}).then((text: string) => `${text}!`, keyed, chained, {key: 'b-c'});
        a.change(slow, a, plain);
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  const typed = s.set(shownIn(s, where)[0] as gr.Textbox, 'hi');
  await eventually(() => started.count === 2);
  await s.click(again);
  gate.resolve();
  await typed;
  await s.idle();
  // a kept its value by its key; the keyed run and its chain landed in the new run's boxes.
  expect(values(s, where)).toEqual(['hi', 'hi', 'hi!', '']);
});

test('two listeners with one key in one run are a build error that names the render', async () => {
  const demo = gr.Blocks(() => {
    gr.render(function twice() {
      const box = gr.Textbox();
      box.change(() => {}, null, null, {key: 'same'});
      box.submit(() => {}, null, null, {key: 'same'});
    });
  });
  const logger = recordingLogger();
  const s = demo.session({logger});
  sessions.push(s);
  await s.idle();
  expect(String(logger.errors[0]?.error)).toMatch(/gr\.render twice: listener key "same" is given to two listeners in one run/);
});

test('a keyed block keeps its value inside a layout without a key (where Gradio also wants the parents keyed)', async () => {
  let n!: gr.Number;
  let where!: gr.Column;
  const demo = gr.Blocks(() => {
    n = gr.Number(1);
    where = gr.Column(column => {
      gr.render(n, (count: number) => {
        gr.Row(() => {
          for (let i = 0; i < count; i++) gr.Textbox({key: `box ${i}`, interactive: true});
        });
      });
      return column;
    });
  });
  const s = open(demo);
  await s.idle();
  await s.set(shownIn(s, where)[0] as gr.Textbox, 'kept');
  await s.set(n, 2);
  expect(values(s, where)).toEqual(['kept', '']);
});

test('runs with keyed blocks and keyed listeners do not hold the runs they replaced: the older ones are garbage while the session goes on', async () => {
  let n!: gr.Number;
  const demo = gr.Blocks(() => {
    n = gr.Number(3);
    gr.render(n, (count: number) => {
      const box = gr.Textbox('kept', {key: 'box', interactive: true});
      box.change(() => {}, box, null, {key: 'listener'});
      gr.Textbox(`run of ${count}`);
    });
  });
  const s = open(demo);
  await s.idle();
  const first = s.blocks.filter(block => block.owner !== demo).map(block => new WeakRef(block));
  expect(first).toHaveLength(2);
  for (let i = 0; i < 20; i++) await s.set(n, i % 2 === 0 ? 4 : 3);
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  await new Promise(resolve => setImmediate(resolve));
  gc();
  expect(first.filter(ref => ref.deref() !== undefined)).toHaveLength(0);
  expect(s.blocks.filter(block => block.owner !== demo)).toHaveLength(2);
});
