// What a keystroke costs the renderer: bytes written to the terminal and time to the frame.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {bundleOptions} from '../bin/build-bundle.js';
import type {BlocksApp} from '../source/blocks/Blocks.js';
import {cellText, frameToGrid, sameCell} from '../source/terminal/cell-grid.js';
import type {mountApp as MountApp} from '../source/terminal/mount.js';
import type {Terminal} from '../source/terminal/Terminal.js';

const root = new URL('..', import.meta.url).pathname;

/**
 * Hangman and the renderer as the CLI ships them: bundled with the same options as
 * dist/ (React's production build, Ink's output caches shared across frames).
 */
export async function bundledRenderer(): Promise<{demo: BlocksApp; mountApp: typeof MountApp}> {
  const dir = mkdtempSync(join(tmpdir(), 'termblocks-render-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `export {default as demo} from '${root}examples/hangman.ts';\nexport {mountApp} from '${root}source/terminal/mount.tsx';\n`,
    );
    // Split like dist/: unsplit, esbuild wraps the lazily imported front ends' modules
    // and yoga's top-level await deadlocks in their cycle.
    const outdir = join(root, 'node_modules', '.termblocks-render-bench');
    rmSync(outdir, {recursive: true, force: true});
    await build({
      ...bundleOptions,
      entryPoints: {entry},
      outdir,
      splitting: true,
      alias: {...bundleOptions.alias, termblocks: `${root}source/index.ts`},
    });
    return (await import(join(outdir, 'entry.js'))) as {demo: BlocksApp; mountApp: typeof MountApp};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** An 80x24 terminal that hands what is written to `written`, and `type` to send it keys. */
export function benchTerminal(written: (data: string) => void): {terminal: Terminal; type: (data: string) => void} {
  let input: (data: string) => void = () => {};
  const terminal: Terminal = {
    onInput: listener => {
      input = listener;
      return () => {};
    },
    write: data => {
      written(data);
      return true;
    },
    onDrain: () => () => {},
    onResize: () => () => {},
    columns: 80,
    rows: 24,
    newline: '\r\n',
  };
  return {terminal, type: data => input(data)};
}

const KEYS = 200;
/** 40 keys a second: faster than anyone types, slow enough that keys do not queue. */
const PACED_GAP_MS = 25;

/** The least a terminal needs for a change: per run of changed cells, one cursor move and the new characters. */
function minimalBytes(before: string[], after: string[], columns: number, rows: number): number {
  const a = frameToGrid(before, columns, rows);
  const b = frameToGrid(after, columns, rows);
  let total = 0;
  for (let y = 0; y < rows; y++) {
    let x = 0;
    while (x < columns) {
      if (sameCell(a[y], b[y], x)) {
        x++;
        continue;
      }
      total += `\u001b[${y + 1};${x + 1}H`.length;
      while (x < columns && !sameCell(a[y], b[y], x)) total += Buffer.byteLength(cellText(b[y], x++));
    }
  }
  return total;
}

function inkBaseline(mode: 'default' | 'incremental'): number {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'CI' && !key.startsWith('CI_')));
  const out = execFileSync(
    'node',
    ['--conditions=termblocks-source', '--import', 'tsx', new URL('./ink-baseline-child.tsx', import.meta.url).pathname, mode],
    {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return (JSON.parse(out) as {bytesPerKey: number}).bytesPerKey;
}

export default async function renderBench(): Promise<void> {
  const {demo, mountApp} = await bundledRenderer();
  let written = 0;
  let lastWrite = 0;
  const {terminal, type: input} = benchTerminal(data => {
    written += Buffer.byteLength(data);
    lastWrite = performance.now();
  });
  /**
   * Types KEYS keystrokes into a fresh hangman session (a letter, then Backspace) and
   * returns each one's time to its frame, and the frames; `gap` ms between keys.
   */
  async function typeInto(gap: number): Promise<{latencies: number[]; frames: string[]; bytes: number}> {
    const session = demo.session();
    const mounted = mountApp(session, terminal);
    await mounted.settled();
    const before = written;
    const latencies: number[] = [];
    // Frames are kept and diffed afterwards: the measuring's own garbage must not
    // trigger collections inside the timed keystrokes.
    const frames = [mounted.frame()];
    for (let i = 0; i < KEYS; i++) {
      if (gap) await new Promise(resolve => setTimeout(resolve, gap));
      const started = performance.now();
      input(i % 2 === 0 ? 'a' : '\u007f');
      await mounted.settled();
      latencies.push(lastWrite - started);
      frames.push(mounted.frame());
    }
    const bytes = written - before;
    await mounted.unmount();
    await session.close();
    return {latencies: latencies.sort((a, b) => a - b), frames, bytes};
  }

  // Back to back first (a cold renderer, the worst case), then paced as a very fast typist.
  const {latencies, frames, bytes} = await typeInto(0);
  const paced = await typeInto(PACED_GAP_MS);
  let minimal = 0;
  for (let i = 1; i < frames.length; i++) minimal += minimalBytes(frames[i - 1].split('\n'), frames[i].split('\n'), 80, 24);
  const perKey = bytes / KEYS;
  const perKeyMinimal = minimal / KEYS;
  console.log(
    `bytes per keystroke (hangman, 80x24): ${perKey.toFixed(1)} written, ${perKeyMinimal.toFixed(1)} minimal cell diff: ${(perKey / perKeyMinimal).toFixed(2)}x (target <= 2x)`,
  );
  // Ink's own output for the same screen, for comparison: measured in a child without CI set.
  const inkDefault = inkBaseline('default');
  const inkIncremental = inkBaseline('incremental');
  console.log(
    `Ink's render() for the same keystrokes: default ${inkDefault.toFixed(0)} bytes (${(inkDefault / perKey).toFixed(0)}x ours), incrementalRendering ${inkIncremental.toFixed(0)} bytes (${(inkIncremental / perKey).toFixed(1)}x ours)`,
  );
  const pick = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2);
  console.log(
    `keystroke to frame written, ${KEYS} keystrokes ${PACED_GAP_MS} ms apart: p50 ${pick(paced.latencies, 50)} ms, p99 ${pick(paced.latencies, 99)} ms (target p99 < 16 ms)`,
  );
  console.log(
    `  back to back from a cold start: p50 ${pick(latencies, 50)} ms, p99 ${pick(latencies, 99)} ms, worst ${pick(latencies, 100)} ms`,
  );
}
