// Cold start: from spawning `termblocks run examples/hangman.ts` in a pseudo-terminal
// to its first frame, against a minimal bundled Ink program's first frame.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 5;

/** Milliseconds until `marker` appears on the pseudo-terminal `script` gives the command. */
function timeToFrame(command: string, marker: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: root,
      env: {...process.env, COLUMNS: '100', LINES: '30'},
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no first frame from ${command}`));
    }, 20000);
    child.stdout.on('data', data => {
      output += data.toString();
      if (output.includes(marker)) {
        const elapsed = performance.now() - started;
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(elapsed);
      }
    });
  });
}

async function median(command: string, marker: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeToFrame(command, marker));
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

export default async function startupBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'termblocks-startup-'));
  try {
    const source = join(dir, 'minimal.jsx');
    writeFileSync(source, "import React from 'react';\nimport {render, Text} from 'ink';\nrender(<Text>Guess Letter</Text>);\n");
    const bundle = join(dir, 'minimal.mjs');
    const stub = join(dir, 'devtools-stub.js');
    writeFileSync(stub, 'export default {connectToDevTools() {}};\n');
    await build({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      nodePaths: [join(root, 'node_modules')],
      jsx: 'automatic',
      banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
      logLevel: 'silent',
      // Ink's devtools are only used when asked for; a stub stands in for the optional package.
      alias: {'react-devtools-core': stub},
    });
    const ink = await median(`node ${bundle}`, 'Guess Letter');
    const ours = await median(`node ${join(root, 'bin/termblocks.js')} run examples/hangman.ts`, 'Guess Letter');
    console.log(
      `cold start to first frame: termblocks run examples/hangman.ts ${ours.toFixed(0)} ms, minimal bundled Ink program ${ink.toFixed(0)} ms: ${(ours / ink).toFixed(2)}x (target <= 1.3x; median of ${RUNS})`,
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
