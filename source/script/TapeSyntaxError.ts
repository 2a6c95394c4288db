import type {TapeLocation} from './tape-commands.js';

/** One mistake in a tape, located. */
export interface TapeProblem {
  at: TapeLocation;
  message: string;
}

/** Renders a problem as `file:line:column: message`, then the line with a caret under the column. */
export function formatTapeProblem({at, message}: TapeProblem): string {
  const gutter = `${at.line} | `;
  const caret = `${' '.repeat(gutter.length + at.column - 1)}^`;
  return `${at.file}:${at.line}:${at.column}: ${message}\n${gutter}${at.text}\n${caret}`;
}

/** A tape that cannot be played: every problem found, not only the first, so one edit fixes them all. */
export class TapeSyntaxError extends Error {
  constructor(readonly problems: readonly TapeProblem[]) {
    super(problems.map(formatTapeProblem).join('\n\n'));
    this.name = 'TapeSyntaxError';
  }
}
