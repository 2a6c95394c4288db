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
function timeToFrame(command: string, marker: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: root,
      env: {...process.env, COLUMNS: '100', LINES: '30', ...env},
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no first frame from ${command}`));
    }, 20000);
    let answered = false;
    child.stdout.on('data', data => {
      output += data.toString();
      // Answer the background query (OSC 11, then DA1) as a terminal does at once; a bare
      // pseudo-terminal answers nothing, which would time the app's 300 ms fallback instead.
      if (!answered && output.includes('\x1b]11;?')) {
        answered = true;
        child.stdin.write('\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;22c');
      }
      if (output.includes(marker)) {
        const elapsed = performance.now() - started;
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(elapsed);
      }
    });
  });
}

async function median(command: string, marker: string, env: () => Record<string, string> = () => ({})): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeToFrame(command, marker, env()));
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

async function bundleMinimal(source: string, outfile: string, stub: string, define: Record<string, string>): Promise<string> {
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    nodePaths: [join(root, 'node_modules')],
    jsx: 'automatic',
    define,
    banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
    logLevel: 'silent',
    // Ink's devtools are only used when asked for; a stub stands in for the optional package.
    alias: {'react-devtools-core': stub},
  });
  return outfile;
}

export default async function startupBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'termblocks-startup-'));
  try {
    const source = join(dir, 'minimal.jsx');
    writeFileSync(source, "import React from 'react';\nimport {render, Text} from 'ink';\nrender(<Text>Guess Letter</Text>);\n");
    const stub = join(dir, 'devtools-stub.js');
    writeFileSync(stub, 'export default {connectToDevTools() {}};\n');
    // Bundled as esbuild does by default; then as termblocks bundles itself (React's
    // production build, yoga reading its wasm without fetch), for an honest second ratio.
    const bundle = await bundleMinimal(source, join(dir, 'minimal.mjs'), stub, {});
    const tuned = await bundleMinimal(source, join(dir, 'minimal-tuned.mjs'), stub, {
      'process.env.NODE_ENV': '"production"',
      fetch: 'undefined',
    });

    const cli = `node ${join(root, 'bin/termblocks.js')} run examples/hangman.ts`;
    const ink = await median(`node ${bundle}`, 'Guess Letter');
    const inkTuned = await median(`node ${tuned}`, 'Guess Letter');
    const cache = join(dir, 'cache');
    await timeToFrame(cli, 'Guess Letter', {XDG_CACHE_HOME: cache});
    const ours = await median(cli, 'Guess Letter', () => ({XDG_CACHE_HOME: cache}));
    let fresh = 0;
    const firstStart = await median(cli, 'Guess Letter', () => ({XDG_CACHE_HOME: join(dir, `empty-${fresh++}`)}));
    const fromSource = await median(cli, 'Guess Letter', () => ({TERMBLOCKS_FROM_SOURCE: '1'}));
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`cold start to first frame (median of ${RUNS}), at 100x30 in a pseudo-terminal:`);
    console.log(`  minimal bundled Ink program          ${ms(ink)}  (baseline)`);
    console.log(`  same, bundled as termblocks bundles  ${ms(inkTuned)}`);
    console.log(
      `  termblocks run examples/hangman.ts   ${ms(ours)}  ${(ours / ink).toFixed(2)}x baseline (target <= 1.3x), ${(ours / inkTuned).toFixed(2)}x the tuned bundle`,
    );
    console.log(`    first start of the app (compiles it) ${ms(firstStart)}  ${(firstStart / ink).toFixed(2)}x`);
    console.log(`    from source through tsx (no bundle)  ${ms(fromSource)}  ${(fromSource / ink).toFixed(2)}x`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
