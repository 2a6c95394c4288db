import {parseTextFrames} from './TextFrameRecorder.js';

/** How many differing frames a diff shows before it stops: the first few say what broke. */
const shownFrames = 3;

/**
 * Compares a run's text frames with a golden file and says how they differ, as
 * a person reads it: the frames that differ, each in full, with `-` before a
 * golden line and `+` before what this run showed. Returns undefined when equal.
 */
export function diffTextFrames(golden: string, actual: string): string | undefined {
  if (golden === actual) return undefined;
  const expected = parseTextFrames(golden);
  const got = parseTextFrames(actual);
  const report: string[] = [];
  if (expected.length !== got.length) {
    report.push(`the golden file has ${expected.length} frames, this run has ${got.length}`);
  }
  let shown = 0;
  for (let i = 0; i < Math.max(expected.length, got.length) && shown < shownFrames; i++) {
    const a = expected[i] ?? [];
    const b = got[i] ?? [];
    if (a.length === b.length && a.every((line, j) => line === b[j])) continue;
    shown++;
    report.push(`frame ${i + 1}:`, ...frameDiff(a, b));
  }
  if (shown === 0) report.push('the frames are equal but the files differ in their line endings or separators');
  return report.join('\n');
}

function frameDiff(expected: readonly string[], actual: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const a = expected[i];
    const b = actual[i];
    if (a === b) lines.push(`  │${a}`);
    else {
      if (a !== undefined) lines.push(`- │${a}`);
      if (b !== undefined) lines.push(`+ │${b}`);
    }
  }
  return lines;
}
