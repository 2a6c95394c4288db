import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {eventually} from './recording-logger.js';

function cartApp(defaultValue: gr.State<string[]> extends never ? never : string[] | (() => string[]), props = {}) {
  let cart!: gr.State<string[]>, item!: gr.Textbox, add!: gr.Button, shown!: gr.Textbox;
  const demo = gr.Blocks(() => {
    cart = gr.State<string[]>(defaultValue, props);
    item = gr.Textbox();
    add = gr.Button('Add');
    shown = gr.Textbox();
    add.click(
      (name: string, items: string[]) => {
        items.push(name);
        return [items, items.join(',')];
      },
      [item, cart],
      [cart, shown],
    );
  });
  return {demo, cart, item, add, shown};
}

test('each session starts from its own deep copy of the default, which itself never changes', async () => {
  const defaults = ['apple'];
  const {demo, cart, item, add} = cartApp(defaults);
  const a = demo.session();
  const b = demo.session();
  await a.set(item, 'pear');
  await a.click(add);
  expect(a.value(cart)).toEqual(['apple', 'pear']);
  expect(b.value(cart)).toEqual(['apple']);
  expect(defaults).toEqual(['apple']);
  expect(a.value(cart)).not.toBe(b.value(cart));
  await Promise.all([a.close(), b.close()]);
});

test('a function default is called once per session and its result used as is', async () => {
  let made = 0;
  const {demo, cart, item, add} = cartApp(() => {
    made++;
    return [`basket ${made}`];
  });
  const a = demo.session();
  const b = demo.session();
  expect(made).toBe(2);
  await a.set(item, 'fig');
  await a.click(add);
  await a.click(add);
  expect(made).toBe(2);
  expect(a.value(cart)).toEqual(['basket 1', 'fig', 'fig']);
  expect(b.value(cart)).toEqual(['basket 2']);
  await Promise.all([a.close(), b.close()]);
});

test('a default that cannot be copied is a build error that names the State and says what to do', () => {
  expect(() =>
    gr.Blocks(() => {
      gr.State({onDone: () => 'callbacks cannot be cloned'}, {label: 'jobs'});
    }),
  ).toThrow(/State "jobs": its default value cannot be copied for each session .*gr\.State\(\(\) => \.\.\.\)/);
  expect(() =>
    gr.Blocks(() => {
      gr.State({onDone: () => 'x'});
    }),
  ).toThrow(gr.BuildError);
});

test('a function default may hold what cannot be cloned, since each session makes its own', async () => {
  let state!: gr.State<{socket: () => string}>;
  const demo = gr.Blocks(() => {
    state = gr.State(() => ({socket: () => 'open'}));
  });
  const s = demo.session();
  expect((s.value(state) as {socket: () => string}).socket()).toBe('open');
  await s.close();
});

test('State.change fires when a handler mutates the value in place and returns it', async () => {
  const {demo, cart, item, add} = cartApp([]);
  const changes: string[][] = [];
  // Listeners may be added to a built app's States through gr.Blocks only, so rebuild with one:
  let counted!: gr.State<number>, bump!: gr.Button, same!: gr.Button, fresh!: gr.Button;
  const other = gr.Blocks(() => {
    counted = gr.State({n: 0} as unknown as number);
    bump = gr.Button('bump');
    same = gr.Button('same');
    fresh = gr.Button('fresh');
    bump.click(
      (value: {n: number}) => {
        value.n++;
        return value;
      },
      counted,
      counted,
    );
    same.click((value: {n: number}) => ({...value}), counted, counted);
    fresh.click(() => ({n: 100}), null, counted);
    counted.change((value: {n: number}) => {
      changes.push([String(value.n)]);
    }, counted);
  });
  const s = other.session();
  await s.click(bump);
  expect(changes).toEqual([['1']]);
  await s.click(same); // an equal copy is no change
  expect(changes).toEqual([['1']]);
  await s.click(fresh);
  expect(changes).toEqual([['1'], ['100']]);
  await s.close();
  const plain = demo.session();
  await plain.set(item, 'x');
  await plain.click(add);
  expect(plain.value(cart)).toEqual(['x']);
  await plain.close();
});

test('a State that is only an input keeps an in-place mutation but announces no change', async () => {
  let log!: gr.State<string[]>, btn!: gr.Button;
  let changes = 0;
  const demo = gr.Blocks(() => {
    log = gr.State<string[]>([]);
    btn = gr.Button();
    btn.click((entries: string[]) => {
      entries.push('clicked');
    }, log);
    log.change(() => {
      changes++;
    });
  });
  const s = demo.session();
  await s.click(btn);
  expect(s.value(log)).toEqual(['clicked']);
  expect(changes).toBe(0);
  await s.close();
});

test('deleteCallback receives each session’s value when that session closes', async () => {
  const deleted: unknown[] = [];
  const {demo, item, add} = cartApp([], {deleteCallback: (value: unknown) => deleted.push(value)});
  const a = demo.session();
  const b = demo.session();
  await a.set(item, 'kiwi');
  await a.click(add);
  await a.close();
  expect(deleted).toEqual([['kiwi']]);
  await b.close();
  expect(deleted).toEqual([['kiwi'], []]);
});

test('after timeToLive without a write the value is deleted and the session sees the default again', async () => {
  const deleted: unknown[] = [];
  const {demo, cart, item, add} = cartApp(['start'], {timeToLive: 0.05, deleteCallback: (v: unknown) => deleted.push(v)});
  const s = demo.session();
  await s.set(item, 'plum');
  await s.click(add);
  expect(s.value(cart)).toEqual(['start', 'plum']);
  // On a slow machine the default may expire once before the click too; the written value must expire after it.
  await eventually(() => deleted.some(value => JSON.stringify(value) === '["start","plum"]'));
  expect(s.value(cart)).toEqual(['start']);
  await s.close();
});

test('timeToLive must be a positive number of seconds', () => {
  expect(() =>
    gr.Blocks(() => {
      gr.State(() => 1, {timeToLive: 0});
    }),
  ).toThrow('timeToLive must be a positive number of seconds');
});

test('gr.Variable is gr.State', () => {
  expect(gr.Variable).toBe(gr.State);
});
