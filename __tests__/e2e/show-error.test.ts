// `termblocks run --show-error` through the real CLI in a real terminal (tmux): a
// handler's plain exception shows its own message, as Gradio's show_error; without
// the flag the user reads the generic one.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(root, 'tmp-show-error-'));
const panes: TmuxPane[] = [];
afterEach(() => {
  for (const pane of panes.splice(0)) pane.kill();
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

writeFileSync(
  join(dir, 'app.ts'),
  `import * as gr from 'termblocks';
export default gr.Blocks({title: 'Divide'}, () => {
  const go = gr.Button('Divide');
  const out = gr.Textbox({label: 'Result'});
  go.click(function divide() { throw new RangeError('the divisor is 0'); }, null, out);
});
`,
);

async function pressDivide(flags: string): Promise<string> {
  const pane = new TmuxPane(`node ${root}bin/termblocks.js run ${flags} app.ts; sleep 30`, {cwd: dir, columns: 80, rows: 16});
  panes.push(pane);
  await pane.waitFor(/Divide/, 30000);
  pane.send('Enter');
  return pane.waitFor(/the divisor is 0|Something went wrong/, 15000);
}

(hasTmux ? test : test.skip)(
  "run --show-error shows the exception's message; without it the message is generic",
  async () => {
    expect(await pressDivide('--show-error')).toContain('Error: the divisor is 0');
    const generic = await pressDivide('');
    expect(generic).toContain('Something went wrong in "divide"');
    expect(generic).not.toContain('the divisor is 0');
  },
  90000,
);
