import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  await mounted?.session.close();
  mounted = undefined;
});

function viewsApp() {
  return gr.Blocks({title: 'Views'}, () => {
    gr.Tabs(() => {
      gr.Tab('One', () => {
        gr.Slider({label: 'Level', minimum: 0, maximum: 10, value: 5, step: 1, interactive: true});
        gr.Checkbox({label: 'Agree', interactive: true});
      });
      gr.Tab('Two', () => {
        gr.Radio({label: 'Size', choices: ['S', 'M', 'L'], value: 'M', interactive: true});
      });
    });
    gr.Dropdown({label: 'Fruit', choices: ['apple', 'pear'], interactive: true});
    gr.Accordion({label: 'More', open: false}, () => {
      gr.Markdown('hidden text');
    });
    gr.Markdown('# Title\n**bold** and `code`\n- item\n[link](http://x.y)');
    gr.Label({label: 'Guess', value: {cat: 0.75, dog: 0.25}});
    gr.JSON({label: 'Data', value: {a: 1}});
    gr.Dataframe({
      label: 'Table',
      headers: ['name', 'n'],
      value: [
        ['ab', 1],
        ['c', 22],
      ],
    });
    gr.Code({label: 'Src', value: 'x = 1\ny = 2', language: 'python'});
  });
}

async function open(): Promise<TestTerminal> {
  const terminal = new TestTerminal(50, 80);
  mounted = mountApp(viewsApp().session(), terminal);
  await mounted.settled();
  return terminal;
}

async function press(terminal: TestTerminal, ...keys: string[]): Promise<string[]> {
  for (const key of keys) {
    terminal.type(key);
    await mounted?.settled();
  }
  return (await terminal.screen()).split('\n');
}

const box = (text: string) => `│ ${text.padEnd(46)} │`;

test('display components draw as text a person can read: markdown, label bars, JSON, a table, code with line numbers', async () => {
  const screen = (await (await open()).screen()).split('\n');
  const from = (line: string, count: number) => screen.slice(screen.indexOf(line), screen.indexOf(line) + count);
  expect(from('Title', 4)).toEqual(['Title', 'bold and code', '• item', 'link (http://x.y)']);
  expect(from('Guess', 5).slice(3, 5)).toEqual([box('███████████████░░░░░ 75% cat'), box('█████░░░░░░░░░░░░░░░ 25% dog')]);
  expect(from('Data', 5).slice(2, 5)).toEqual([box('{'), box('  "a": 1'), box('}')]);
  expect(from('Table', 6).slice(2, 6)).toEqual([box('name │ n'), box('─────┼───'), box('ab   │ 1'), box('c    │ 22')]);
  expect(from('Src', 5).slice(2, 5)).toEqual([box('python'), box('1 │ x = 1'), box('2 │ y = 2')]);
});

test('the tab bar has focus first; ←/→ switch tabs and the footer says so', async () => {
  const terminal = await open();
  let screen = (await terminal.screen()).split('\n');
  expect(screen[1]).toBe(' One   Two');
  expect(screen.at(-1)).toMatch(/^←\/→ switch tab · Tab next/);
  expect(screen).toContain('Level');
  screen = await press(terminal, '\u001b[C');
  expect(screen).toContain('Size');
  expect(screen).not.toContain('Level');
  expect(screen.slice(screen.indexOf('Size') + 2, screen.indexOf('Size') + 5)).toEqual([
    box('( ) S'),
    box('(•) M'),
    box('( ) L'),
  ]);
  // In the Radio, arrows choose.
  screen = await press(terminal, '\t', '\u001b[B');
  expect(screen.slice(screen.indexOf('Size') + 2, screen.indexOf('Size') + 5)).toEqual([
    box('( ) S'),
    box('( ) M'),
    box('(•) L'),
  ]);
  expect(mounted?.session.value(mounted.session.app.components.find(c => c.type === 'radio') as gr.Component)).toBe('L');
});

test('a slider moves with ←/→, a checkbox toggles with Space', async () => {
  const terminal = await open();
  let screen = await press(terminal, '\t', '\u001b[C', '\u001b[C');
  expect(screen[screen.indexOf('Level') + 2]).toBe(box(`${'━'.repeat(13)}●${'─'.repeat(6)} 7`));
  screen = await press(terminal, '\u001b[5~');
  expect(screen[screen.indexOf('Level') + 2]).toBe(box(`${'━'.repeat(15)}●${'─'.repeat(4)} 8`));
  screen = await press(terminal, '\t', ' ');
  expect(screen[screen.indexOf('Agree') + 2]).toBe(box('[x] Agree'));
  expect(screen.at(-1)).toMatch(/^Space toggle/);
});

test('a dropdown opens with Enter, moves with ↓ and picks with Enter; an accordion opens with Enter', async () => {
  const terminal = await open();
  let screen = await press(terminal, '\t', '\t', '\t', '\r');
  const at = screen.indexOf('Fruit');
  expect(screen.slice(at + 2, at + 5)).toEqual([box('apple ▴'), box('• apple'), box('  pear')]);
  screen = await press(terminal, '\u001b[B', '\r');
  expect(screen[screen.indexOf('Fruit') + 2]).toBe(box('pear ▾'));
  expect(screen).toContain('▸ More');
  expect(screen).not.toContain('  hidden text');
  screen = await press(terminal, '\t', '\r');
  expect(screen).toContain('▾ More');
  expect(screen).toContain('  hidden text');
});
