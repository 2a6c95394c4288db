// termblocks serve with real OpenSSH clients in tmux: `--watch` reloads every connected
// user's session on a save, and a client's NO_COLOR env request draws its screen without colours.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@jest/globals';
import {hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux, type TmuxPane} from '../helpers/tmux.js';

const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the end-to-end tests of serve --watch and NO_COLOR');

const served = opensshServing('watch');
const work = served.dir;
const serve = (app: string, flags: string[] = []) =>
  served.serve(app, {
    flags,
    cwd: work,
    ci: false,
    env: {XDG_STATE_HOME: join(work, 'state'), XDG_CACHE_HOME: join(work, 'cache')},
    startTimeoutMs: 20000,
  });
const ssh = (port: number, user: string, env?: Record<string, string>) => served.ssh(port, user, {columns: 80, rows: 20}, {env});

const APP = `import {appendFileSync} from 'node:fs';
import * as gr from 'termblocks';
import {label} from './label.js';

export default gr.Blocks({title: 'Watched'}, demo => {
  const box = gr.Textbox({label});
  const go = gr.Button({value: 'Go', variant: 'primary'});
  go.click((text: string) => \`\${text}!\`, [box], [box]);
  demo.unload(() => appendFileSync(new URL('./unloads.txt', import.meta.url), \`\${label}\\n\`));
});
`;

runs(
  'serve --watch moves every connected user to the saved app, shows a broken save in place, and recovers',
  async () => {
    writeFileSync(join(work, 'label.ts'), "export const label = 'First label';\n");
    writeFileSync(join(work, 'app.ts'), APP);
    const port = await serve('app.ts', ['--watch']);
    const alice = ssh(port, 'alice');
    const bob = ssh(port, 'bob');
    await alice.waitFor(/First label/);
    await bob.waitFor(/First label/);

    writeFileSync(join(work, 'label.ts'), "export const label = 'Second label';\n");
    for (const pane of [alice, bob]) expect(await pane.waitFor(/Second label/)).toContain('reloaded app.ts');
    // The reload ended both sessions of the old app, so their unload ran.
    expect(readFileSync(join(work, 'unloads.txt'), 'utf8')).toBe('First label\nFirst label\n');

    writeFileSync(join(work, 'label.ts'), "export const label = 'Broken' +;\n");
    for (const pane of [alice, bob]) expect(await pane.waitFor(/could not be loaded/)).toContain('label.ts:1: syntax error');

    writeFileSync(join(work, 'label.ts'), "export const label = 'Fixed label';\n");
    await alice.waitFor(/Fixed label/);
    await bob.waitFor(/Fixed label/);
    // A user who connects now gets the saved app, and it works.
    const carol = ssh(port, 'carol');
    await carol.waitFor(/Fixed label/);
    carol.send('h', 'i', 'Tab', 'Enter');
    await carol.waitFor(/│ hi!\s+│/);
    alice.send('C-c');
    expect(await alice.waitFor(/ssh exit \d+/)).toMatch(/ssh exit 0/);
    expect(served.output()).toMatch(/reload-failed message="label\.ts:1: syntax error/);
  },
  90_000,
);

runs(
  "a client's NO_COLOR env request draws its screen without colours; another client keeps them",
  async () => {
    writeFileSync(join(work, 'label.ts'), "export const label = 'Colours';\n");
    writeFileSync(join(work, 'app.ts'), APP);
    const port = await serve('app.ts');
    const plain = ssh(port, 'plain', {NO_COLOR: '1'});
    const coloured = ssh(port, 'coloured');
    await plain.waitFor(/Colours/);
    await coloured.waitFor(/Colours/);
    const styled = (pane: TmuxPane) => pane.tmux('capture-pane', '-e', '-p');
    // tmux writes colours as SGR 30–37, 38;…, 90–97 (and backgrounds); bold and inverse as 1 and 7.
    const colour = /\u001b\[(?:[\d;]*;)?(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])[;m]/;
    expect(styled(coloured)).toMatch(colour);
    expect(styled(plain)).not.toMatch(colour);
    expect(styled(plain)).toMatch(/\u001b\[(?:[\d;]*;)?[17][;m]/);
  },
  60_000,
);
