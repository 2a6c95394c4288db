// The mouse end to end: SGR mouse reports typed into a real terminal (tmux) reach the
// app through termblocks run, and through OpenSSH to termblocks serve; a click presses
// the button it lands on. A terminal sends these same bytes when the app turns reporting on.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@jest/globals';
import {hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux, type TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const served = opensshServing('mouse', {dirPrefix: join(root, 'tmp-mouse-')});
const dir = served.dir;

writeFileSync(
  join(dir, 'app.ts'),
  `import * as gr from 'termblocks';
export default gr.Blocks({title: 'Clicks'}, () => {
  const count = gr.State(0);
  const go = gr.Button('Count me');
  const out = gr.Textbox({label: 'Clicks', value: 'none yet'});
  go.click((n: number) => [n + 1, \`clicked \${n + 1} times\`], [count], [count, out]);
});
`,
);

/** A left press and release at the 1-based cell (column, row), as a terminal reports them. */
function click(pane: TmuxPane, column: number, row: number): void {
  pane.tmux('send-keys', '-l', `\u001b[<0;${column};${row}M\u001b[<0;${column};${row}m`);
}

/** The 1-based row of the first line holding `text`. */
function rowOf(screen: string, text: string): number {
  return screen.split('\n').findIndex(line => line.includes(text)) + 1;
}

(hasTmux ? test : test.skip)(
  'termblocks run: a click on the button presses it, twice for two clicks',
  async () => {
    const pane = served.pane(`node ${root}bin/termblocks.js run app.ts; sleep 30`, {cwd: dir, columns: 60, rows: 16});
    const screen = await pane.waitFor(/none yet/);
    const row = rowOf(screen, 'Count me');
    click(pane, 30, row);
    await pane.waitFor(/clicked 1 times/);
    click(pane, 30, row);
    await pane.waitFor(/clicked 2 times/);
    // A click where nothing is drawn does nothing.
    click(pane, 30, 15);
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(pane.screen()).toContain('clicked 2 times');
  },
  30_000,
);

(hasTmux && hasSsh ? test : test.skip)(
  'termblocks serve: a click through OpenSSH presses the button',
  async () => {
    const port = await served.serve('app.ts', {
      cwd: dir,
      ci: false,
      env: {XDG_STATE_HOME: join(dir, 'state')},
      startTimeoutMs: 30000,
    });
    const pane = served.ssh(port, 'ada', {columns: 60, rows: 16});
    const screen = await pane.waitFor(/none yet/);
    click(pane, 30, rowOf(screen, 'Count me'));
    await pane.waitFor(/clicked 1 times/);
  },
  40_000,
);
