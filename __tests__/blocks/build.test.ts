import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';

test('components attach to the innermost layout, in the order they are created', () => {
  let row!: gr.Row, left!: gr.Column, right!: gr.Column, a!: gr.Textbox, b!: gr.Button, c!: gr.Textbox;
  const demo = gr.Blocks(() => {
    gr.Row(r => {
      row = r;
      gr.Column(col => {
        left = col;
        a = gr.Textbox();
        b = gr.Button();
      });
      gr.Column(col => {
        right = col;
        c = gr.Textbox();
      });
    });
  });
  expect(demo.children).toEqual([row]);
  expect(row.children).toEqual([left, right]);
  expect(left.children).toEqual([a, b]);
  expect(right.children).toEqual([c]);
  expect([a.parent, b.parent, c.parent]).toEqual([left, left, right]);
  expect(demo.components).toEqual([a, b, c]);
  expect(demo.blocks.map(block => block.id)).toEqual([1, 2, 3, 4, 5, 6]);
});

test('a layout call returns what its callback returns, so parts can be taken out of it', () => {
  const demo = gr.Blocks(() => {
    const box = gr.Column({scale: 2, minWidth: 30}, () => gr.Textbox({label: 'inside'}));
    expect(box.describe()).toBe('Textbox "inside"');
  });
  const column = demo.children[0] as gr.Column;
  expect(column.props).toMatchObject({scale: 2, minWidth: 30, visible: true});
});

test('Group, Tabs with Tab, and Accordion build as in Gradio', () => {
  const demo = gr.Blocks(() => {
    gr.Group(() => gr.Textbox());
    gr.Tabs(() => {
      gr.Tab('One', () => gr.Markdown('# one'));
      gr.Tab({label: 'Two', id: 'two'}, () => gr.Markdown('# two'));
    });
    gr.Accordion({label: 'More', open: false}, () => gr.Checkbox());
    gr.Accordion('Open', () => gr.Checkbox());
  });
  expect(demo.children.map(block => block.type)).toEqual(['group', 'tabs', 'accordion', 'accordion']);
  const tabs = demo.children[1] as gr.Tabs;
  expect(tabs.children.map(tab => tab.props)).toEqual([
    {visible: true, label: 'One'},
    {visible: true, label: 'Two', id: 'two'},
  ]);
  expect(demo.children[2].props).toMatchObject({label: 'More', open: false});
  expect(demo.children[3].props).toMatchObject({label: 'Open', open: true});
});

test('a Tab outside Tabs is a build error', () => {
  expect(() => gr.Blocks(() => gr.Tab('Lost', () => {}))).toThrow('gr.Tab("Lost") must be inside gr.Tabs(() => { ... })');
});

test('creating a layout outside gr.Blocks is a build error that says where to create it; a component waits unrendered', () => {
  expect(() => gr.Row(() => {})).toThrow(gr.BuildError);
  expect(() => gr.Row(() => {})).toThrow('gr.Row must be created inside gr.Blocks(() => { ... }): there is no app being built');
  expect(gr.Textbox().owner).toBeUndefined();
  expect(() => gr.on(null, () => {}, [])).toThrow('gr.on(...) must be called inside gr.Blocks(() => { ... })');
});

test('attaching a listener after the app was built is a build error', () => {
  let btn!: gr.Button;
  let clicked!: gr.Dependency;
  const demo = gr.Blocks(() => {
    btn = gr.Button('Go');
    clicked = btn.click(() => {});
  });
  expect(() => btn.click(() => {})).toThrow(
    'Button #1.click: listeners must be attached inside gr.Blocks(() => { ... }), as in Gradio',
  );
  // Sessions already running would never run them, so load and chains are refused the same way
  // (demo.unload is not: see triggers.test.ts).
  expect(() => demo.load(() => {})).toThrow('demo.load: listeners must be attached inside gr.Blocks');
  expect(() => clicked.then(() => {})).toThrow('a chained listener (.then/.success/.failure): listeners must be attached');
  expect(demo.dependencies).toHaveLength(1);
});

test('a listener on a component from another app is a build error naming both apps', () => {
  let theirs!: gr.Button, theirBox!: gr.Textbox;
  gr.Blocks({title: 'Theirs'}, () => {
    theirs = gr.Button('Their button');
    theirBox = gr.Textbox({label: 'Their box'});
  });
  expect(() =>
    gr.Blocks({title: 'Mine'}, () => {
      theirs.click(() => {});
    }),
  ).toThrow('this component belongs to app "Theirs", but app "Mine" is being built');
  expect(() =>
    gr.Blocks({title: 'Mine'}, () => {
      const mine = gr.Button();
      mine.click(() => {}, theirBox);
    }),
  ).toThrow(
    'Textbox "Their box" belongs to another app ("Theirs"), so listener "<anonymous> on Button #1.click" of "Mine" cannot use it',
  );
  expect(() =>
    gr.Blocks({title: 'Mine'}, () => {
      const out = gr.Textbox();
      gr.on([theirs.click], () => 'x', null, out);
    }),
  ).toThrow('Button #1.click belongs to app "Theirs", not to app "Mine"');
});

test('a build callback must be synchronous', () => {
  expect(() => gr.Blocks(async () => {})).toThrow('build callbacks must be synchronous');
});

test("gr.Blocks() then demo.build(...) is Python's demo = gr.Blocks() then with demo:; an app is built once and used only when built", async () => {
  const demo = gr.Blocks({title: 'Later'});
  expect(() => demo.session()).toThrow('app "Later" was never built: call demo.build(() => { ... }) after gr.Blocks()');
  let box!: gr.Textbox, out!: gr.Textbox;
  demo.build(() => {
    box = gr.Textbox();
    out = gr.Textbox();
    box.change((x: string) => x.toUpperCase(), box, out);
  });
  const s = demo.session();
  await s.set(box, 'hi');
  expect(s.value(out)).toBe('HI');
  await s.close();
  expect(() => demo.build(() => gr.Textbox())).toThrow('app "Later" is already built');
  expect(() => (gr.Blocks as unknown as (o: object, b: string) => unknown)({}, 'x')).toThrow(
    'gr.Blocks: the second argument must be the build callback',
  );
});

test('a handler must be a function or null, and inputs must be components', () => {
  expect(() =>
    gr.Blocks(() => {
      gr.Button().click('run' as unknown as gr.Handler);
    }),
  ).toThrow("a listener's handler must be a function or null, got string");
  expect(() =>
    gr.Blocks(() => {
      gr.Row(row => gr.Button().click(() => {}, row as unknown as gr.Component));
    }),
  ).toThrow('listener "<anonymous> on Button #2.click": inputs[0] must be a component, got Row #1');
});

test('building a new app after a failed one starts clean', () => {
  expect(() =>
    gr.Blocks(() => {
      gr.Textbox();
      throw new Error('half built');
    }),
  ).toThrow('half built');
  expect(gr.Textbox().owner).toBeUndefined();
  const demo = gr.Blocks({title: 'Fine'}, () => gr.Textbox());
  expect(demo.title).toBe('Fine');
  expect(demo.components).toHaveLength(1);
});

test('listeners of a block are found by event; chained listeners are not triggers', () => {
  let btn!: gr.Button;
  const demo = gr.Blocks(() => {
    btn = gr.Button();
    btn.click(() => 1).then(() => 2);
    btn.click(() => 3);
  });
  expect(demo.listenersOf(btn, 'click').map(dep => dep.id)).toEqual([0, 2]);
  expect(demo.listenersOf(btn, 'focus')).toEqual([]);
});

test('gr.Tab and gr.Accordion take the label by position, then options, then the build callback, as Gradio\'s gr.Tab("Tab 1", id="t1")', () => {
  let tab!: gr.Tab, acc!: gr.Accordion;
  gr.Blocks(() => {
    gr.Tabs(() => {
      tab = gr.Tab('Tab 1', {id: 't1'}, tab => {
        acc = gr.Accordion('More', {open: false}, acc => acc);
        return tab;
      });
    });
  });
  expect([tab.props.label, tab.props.id, acc.props.label, acc.props.open]).toEqual(['Tab 1', 't1', 'More', false]);
  expect(acc.parent).toBe(tab);
  expect(gr.Accordion('More', {open: true})).toEqual(gr.update({label: 'More', open: true}));
});
