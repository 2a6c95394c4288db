// A paste of multi-byte characters through a real OpenSSH client arrives whole: the
// server decodes each session's input as one stream, so a character split across SSH
// packets is never turned into U+FFFD.
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
const hasSsh = spawnSync('ssh', ['-V']).status === 0;
const runs = hasTmux && hasSsh ? test : test.skip;
if (!runs) console.warn('tmux or OpenSSH missing: skipping the UTF-8 paste test over OpenSSH');

const work = mkdtempSync(join(tmpdir(), 'termblocks-e2e-utf8-'));
let pane: TmuxPane | undefined;
let server: ChildProcess | undefined;
afterEach(() => {
  pane?.kill();
  server?.kill('SIGKILL');
});
afterAll(() => rmSync(work, {recursive: true, force: true}));

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
    server = spawn('node', [join(root, 'bin/termblocks.js'), 'serve', 'app.ts', '--port', '0'], {
      cwd: work,
      env: {...process.env, XDG_STATE_HOME: join(work, 'state'), XDG_CACHE_HOME: join(work, 'cache')},
    });
    let output = '';
    server.stderr?.on('data', data => {
      output += data.toString();
    });
    const deadline = Date.now() + 20000;
    while (!/ssh:\/\/127\.0\.0\.1:\d+/.test(output) && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
    const port = /ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    expect(port).toBeDefined();
    pane = new TmuxPane(
      `ssh -tt -p ${port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ada@127.0.0.1; sleep 60`,
      {columns: 100, rows: 20},
    );
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
