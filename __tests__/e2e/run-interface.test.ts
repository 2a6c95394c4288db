import {afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
let pane: TmuxPane | undefined;
afterEach(() => pane?.kill());

if (!hasTmux) console.warn('tmux is not installed: skipping the end-to-end test of an Interface under termblocks run');

(hasTmux ? test : test.skip)(
  "plays Gradio's calculator Interface: an example row chosen with the arrows and Enter, then Submit",
  async () => {
    pane = new TmuxPane(`node ${root}bin/termblocks.js run examples/gradio/calculator.ts; echo "exit status $?"; sleep 60`, {
      cwd: root,
      columns: 90,
      rows: 34,
    });
    // The whole first screen, down to the last example row.
    let screen = await pane.waitFor(/Toy Calculator[\s\S]*│ 0 +│ subtract +│ 1\.2/);
    // Gradio's layout: the inputs on the left, the output beside them, Clear and Submit under the inputs.
    expect(screen).toMatch(/num1 +output/);
    expect(screen).toMatch(/Clear +│ │ +Submit/);
    // num1, operation, num2, Clear, Submit, then the Examples table.
    pane.send('Tab', 'Tab', 'Tab', 'Tab', 'Tab');
    await pane.waitFor(/Enter choose/);
    pane.send('Down', 'Down', 'Enter');
    screen = await pane.waitFor(/│ 144 +│ │/);
    expect(screen).toMatch(/\(•\) multiply/);
    pane.send('BTab', 'Enter');
    await pane.waitFor(/│ 360 +│/);
    // Enter in the first number box submits as well.
    pane.send('BTab', 'BTab', 'BTab', 'BTab', 'C-u', '10', 'Enter');
    await pane.waitFor(/│ 25 +│/);
    pane.send('C-c');
    screen = await pane.waitFor(/exit status \d+/);
    expect(screen.trim()).toBe('exit status 0');
  },
);

(hasTmux ? test : test.skip)('a narrow terminal stacks the outputs under the inputs', async () => {
  pane = new TmuxPane(`node ${root}bin/termblocks.js run examples/gradio/hello_world.ts; echo "exit status $?"; sleep 60`, {
    cwd: root,
    columns: 40,
    rows: 30,
  });
  const screen = await pane.waitFor(/Submit[\s\S]*output\s*\n╭─+╮\n│ +│\n╰─+╯/);
  const lines = screen.split('\n');
  const submit = lines.findIndex(line => line.includes('Submit'));
  const output = lines.findIndex(line => line.includes('output'));
  expect(output).toBeGreaterThan(submit);
  expect(lines[output].trim()).toBe('output');
  pane.send('C-c');
  await pane.waitFor(/exit status 0/);
});
