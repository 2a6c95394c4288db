/**
 * The colour of the focused block's border (or title): a cyan no one else uses,
 * so the screen can find the focused block's line in Ink's output and scroll it
 * into view. It is a real colour, so nothing extra reaches the terminal.
 */
export const FOCUS_COLOUR = '#00fffe';
const FOCUS_SGR = '38;2;0;255;254';

/** The first line drawn in the focus colour, or -1. */
export function focusLine(lines: readonly string[]): number {
  return lines.findIndex(line => line.includes(FOCUS_SGR));
}
