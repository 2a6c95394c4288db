// `termblocks run --watch` in a real terminal: an edit reloads the app in place, a
// broken save shows its error without exiting, and the next good save recovers.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(root, 'tmp-run-watch-'));
let pane: TmuxPane | undefined;
afterEach(() => pane?.kill());
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const APP = `import * as gr from 'termblocks';
import {label} from './label.js';

let loads = 0;
export default gr.Blocks({title: 'Watched'}, () => {
  loads++;
  const box = gr.Textbox({label});
  const go = gr.Button('Go');
  go.click((text: string) => \`\${text}!\`, [box], [box]);
  gr.Markdown(\`module loads: \${loads}\`);
});
`;

/** Saves a file as an editor would, a little later than the last save so that every watcher sees it. */
function save(file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

(hasTmux ? test : test.skip)(
  'reloads on an edit of an imported file, shows a broken save in place, and recovers',
  async () => {
    save('label.ts', "export const label = 'First label';\n");
    save('app.ts', APP);
    pane = new TmuxPane(`node ${root}bin/termblocks.js run --watch app.ts; echo "exit status $?"; sleep 60`, {
      cwd: dir,
      columns: 80,
      rows: 24,
      env: {XDG_CACHE_HOME: join(dir, 'cache')},
    });
    await pane.waitFor(/First label/);
    pane.send('h', 'i');
    await pane.waitFor(/│ hi\s+│/);

    save('label.ts', "export const label = 'Second label';\n");
    let screen = await pane.waitFor(/Second label/);
    expect(screen).toContain('reloaded app.ts');
    // The module ran again, and the reload started a new session: what was typed is gone.
    expect(screen).toContain('module loads: 1');
    expect(screen).not.toMatch(/│ hi\s+│/);

    save('label.ts', "export const label = 'Third' +;\n");
    screen = await pane.waitFor(/could not be loaded/);
    expect(screen).toContain('label.ts:1: syntax error');
    expect(screen).toContain('Fix it and save');

    save('label.ts', "export const label = 'Fixed label';\n");
    screen = await pane.waitFor(/Fixed label/);
    expect(screen).not.toContain('could not be loaded');
    pane.send('o', 'k', 'Tab', 'Enter');
    await pane.waitFor(/│ ok!\s+│/);

    pane.send('C-c');
    screen = await pane.waitFor(/exit status \d+/);
    expect(screen.trim()).toBe('exit status 0');
  },
  60_000,
);
