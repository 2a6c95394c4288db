import type {UiState} from './UiState.js';

/**
 * The body's first line shown this frame: where PgUp/PgDn left it, or else where
 * following the focused block takes it; and where the body's top lands on screen.
 * `focus` is the focused box's top border line, or -1 when nothing is focused.
 */
export function followFocus(
  ui: UiState,
  body: {height: number; rows: number},
  focus: number,
  current: number,
  edge?: 'first' | 'last',
): number {
  const {height, rows} = body;
  if (ui.pageMoves !== 0) {
    ui.pageTop = (ui.pageTop ?? current) + ui.pageMoves * Math.max(1, rows - 1);
    ui.pageMoves = 0;
  }
  if (ui.pageTop !== undefined) ui.pageTop = Math.max(0, Math.min(ui.pageTop, height - rows));
  // The label sits on the line above the focused border, so that line is kept in view too.
  const top = ui.pageTop ?? scrollFor(height, rows, focus > 0 ? focus - 1 : focus, current, edge);
  ui.bodyTop = 1 - top;
  return top;
}

/**
 * The first body line to show: unchanged while the focused block is in view,
 * otherwise moved just enough to bring it (and a little below it) in. On the
 * first Tab stop the top of the app shows when it can (a heading above it), on
 * the last the bottom does (text below it), so no part of a tall app is out of reach.
 */
export function scrollFor(height: number, rows: number, focus: number, current: number, edge?: 'first' | 'last'): number {
  const max = Math.max(0, height - rows);
  let top = Math.min(current, max);
  if (focus >= 0) {
    const margin = Math.min(4, Math.max(0, rows - 1));
    if (focus < top) top = focus;
    else if (focus + margin >= top + rows) top = focus + margin - rows + 1;
    if (edge === 'first' && focus + margin < rows) top = 0;
    if (edge === 'last') top = Math.max(top, Math.min(focus, max));
  }
  return Math.max(0, Math.min(top, max));
}
