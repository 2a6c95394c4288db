// A paste of multi-byte characters through a real OpenSSH client arrives whole: the
// server decodes each session's input as one stream, so a character split across SSH
// packets is never turned into U+FFFD.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@jest/globals';
import {hasSsh, opensshServing} from '../helpers/openssh-serve.js';
import {hasTmux} from '../helpers/tmux.js';

const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the UTF-8 paste test over OpenSSH');

const served = opensshServing('utf8');
const work = served.dir;

const UNIT = 'ü€😀';
const COUNT = 10_000;

runs(
  `a paste of ${COUNT} × "${UNIT}" through OpenSSH arrives without one replacement character`,
  async () => {
    writeFileSync(
      join(work, 'app.ts'),
      `import * as gr from 'termblocks';
export default gr.Blocks(() => {
  const box = gr.Textbox({label: 'Paste here'});
  const verdict = gr.Markdown('waiting');
  box.submit((text: string) => {
    const broken = [...text].filter(c => c === '\\uFFFD').length;
    return \`length \${[...text].length}, replaced \${broken}, intact \${text === '${UNIT}'.repeat(${COUNT})}\`;
  }, [box], [verdict]);
});
`,
    );
    const port = await served.serve('app.ts', {
      cwd: work,
      ci: false,
      env: {XDG_STATE_HOME: join(work, 'state'), XDG_CACHE_HOME: join(work, 'cache')},
      startTimeoutMs: 20000,
    });
    const pane = served.ssh(port, 'ada', {columns: 100, rows: 20});
    await pane.waitFor(/Paste here/);
    writeFileSync(join(work, 'paste.txt'), UNIT.repeat(COUNT));
    pane.tmux('load-buffer', join(work, 'paste.txt'));
    // -p: as a terminal pastes, in bracketed-paste mode when the app asked for it.
    pane.tmux('paste-buffer', '-p');
    await new Promise(resolve => setTimeout(resolve, 500));
    pane.send('Enter');
    const screen = await pane.waitFor(/intact (true|false)/, 30_000);
    expect(screen).toContain(`length ${COUNT * 3}, replaced 0, intact true`);
  },
  60_000,
);
