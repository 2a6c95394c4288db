import stringWidth from 'string-width';
import type {TapeLocation} from './tape-commands.js';

/** An assertion of the tape that did not hold (or a wait that timed out), with the screen at that moment. */
export class TapeFailure extends Error {
  constructor(
    readonly at: TapeLocation,
    readonly reason: string,
    readonly screen: readonly string[],
    readonly columns: number,
    readonly timeMs: number,
  ) {
    super(formatFailure(at, reason, screen, columns, timeMs));
    this.name = 'TapeFailure';
  }
}

/** The failing line, what was expected, and the screen in a box (so trailing spaces and blank rows show). */
function formatFailure(at: TapeLocation, reason: string, screen: readonly string[], columns: number, timeMs: number): string {
  const border = '─'.repeat(columns);
  return [
    `${at.file}:${at.line}:${at.column}: ${reason}`,
    `${at.line} | ${at.text}`,
    '',
    `The screen (${columns}x${screen.length}) at ${timeMs / 1000}s of the tape:`,
    `┌${border}┐`,
    ...screen.map(line => `│${line}${' '.repeat(Math.max(0, columns - stringWidth(line)))}│`),
    `└${border}┘`,
  ].join('\n');
}
