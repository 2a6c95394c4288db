// What a keystroke costs the renderer: bytes written to the terminal and time to the frame.
import {execFileSync} from 'node:child_process';
import demo from '../examples/hangman.js';
import {frameToGrid} from '../source/terminal/cell-grid.js';
import {mountApp} from '../source/terminal/mount.js';
import type {Terminal} from '../source/terminal/Terminal.js';

const KEYS = 200;

/** The least a terminal needs for a change: per run of changed cells, one cursor move and the new characters. */
function minimalBytes(before: string[], after: string[], columns: number, rows: number): number {
  const a = frameToGrid(before, columns, rows);
  const b = frameToGrid(after, columns, rows);
  let total = 0;
  for (let y = 0; y < rows; y++) {
    let x = 0;
    while (x < columns) {
      if (a[y][x].text === b[y][x].text && a[y][x].style === b[y][x].style) {
        x++;
        continue;
      }
      total += `\u001b[${y + 1};${x + 1}H`.length;
      while (x < columns && (a[y][x].text !== b[y][x].text || a[y][x].style !== b[y][x].style))
        total += Buffer.byteLength(b[y][x++].text);
    }
  }
  return total;
}

function inkBaseline(mode: 'default' | 'incremental'): number {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'CI' && !key.startsWith('CI_')));
  const out = execFileSync('node', ['--import', 'tsx', new URL('./ink-baseline-child.tsx', import.meta.url).pathname, mode], {
    env,
    encoding: 'utf8',
  });
  return (JSON.parse(out) as {bytesPerKey: number}).bytesPerKey;
}

export default async function renderBench(): Promise<void> {
  let input: (data: string) => void = () => {};
  let written = 0;
  let lastWrite = 0;
  const terminal: Terminal = {
    onInput: listener => {
      input = listener;
      return () => {};
    },
    write: data => {
      written += Buffer.byteLength(data);
      lastWrite = performance.now();
      return true;
    },
    onDrain: () => () => {},
    onResize: () => () => {},
    columns: 80,
    rows: 24,
    newline: '\r\n',
  };
  const session = demo.session();
  const mounted = mountApp(session, terminal);
  await mounted.settled();
  let minimal = 0;
  const before = written;
  const latencies: number[] = [];
  for (let i = 0; i < KEYS; i++) {
    const screen = mounted.frame().split('\n');
    const started = performance.now();
    input(i % 2 === 0 ? 'a' : '\u007f');
    await mounted.settled();
    latencies.push(lastWrite - started);
    minimal += minimalBytes(screen, mounted.frame().split('\n'), 80, 24);
  }
  const perKey = (written - before) / KEYS;
  const perKeyMinimal = minimal / KEYS;
  latencies.sort((a, b) => a - b);
  await mounted.unmount();
  await session.close();
  console.log(
    `bytes per keystroke (hangman, 80x24): ${perKey.toFixed(1)} written, ${perKeyMinimal.toFixed(1)} minimal cell diff: ${(perKey / perKeyMinimal).toFixed(2)}x (target <= 2x)`,
  );
  // Ink's own output for the same screen, for comparison: measured in a child without CI set.
  const inkDefault = inkBaseline('default');
  const inkIncremental = inkBaseline('incremental');
  console.log(
    `Ink's render() for the same keystrokes: default ${inkDefault.toFixed(0)} bytes (${(inkDefault / perKey).toFixed(0)}x ours), incrementalRendering ${inkIncremental.toFixed(0)} bytes (${(inkIncremental / perKey).toFixed(1)}x ours)`,
  );
  const pick = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(
    `keystroke to frame written: p50 ${pick(50).toFixed(2)} ms, p99 ${pick(99).toFixed(2)} ms over ${KEYS} keystrokes (target p99 < 16 ms)`,
  );
}
