/** The arms of a box-drawing character, from the centre of its cell to its edges: left, right, up, down; heavy or light. */
const arms: Record<string, {l?: boolean; r?: boolean; u?: boolean; d?: boolean; heavy?: boolean; round?: boolean}> = {
  '─': {l: true, r: true},
  '│': {u: true, d: true},
  '┌': {r: true, d: true},
  '┐': {l: true, d: true},
  '└': {r: true, u: true},
  '┘': {l: true, u: true},
  '├': {u: true, d: true, r: true},
  '┤': {u: true, d: true, l: true},
  '┬': {l: true, r: true, d: true},
  '┴': {l: true, r: true, u: true},
  '┼': {l: true, r: true, u: true, d: true},
  '╭': {r: true, d: true, round: true},
  '╮': {l: true, d: true, round: true},
  '╰': {r: true, u: true, round: true},
  '╯': {l: true, u: true, round: true},
  '━': {l: true, r: true, heavy: true},
  '┃': {u: true, d: true, heavy: true},
  '┏': {r: true, d: true, heavy: true},
  '┓': {l: true, d: true, heavy: true},
  '┗': {r: true, u: true, heavy: true},
  '┛': {l: true, u: true, heavy: true},
  '╴': {l: true},
  '╶': {r: true},
  '╵': {u: true},
  '╷': {d: true},
};

export function isBoxDrawing(char: string): boolean {
  return char in arms;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The path of a box-drawing character drawn as lines through its cell, reaching
 * exactly to the cell's edges, so neighbouring cells join without the gaps or
 * notches that glyphs leave when a row is taller or wider than the font draws.
 * Returns [path data, heavy].
 */
export function boxPath(char: string, x: number, y: number, width: number, height: number): [string, boolean] {
  const arm = arms[char];
  const cx = x + width / 2;
  const cy = y + height / 2;
  const left = `${round(x)} ${round(cy)}`;
  const right = `${round(x + width)} ${round(cy)}`;
  const up = `${round(cx)} ${round(y)}`;
  const down = `${round(cx)} ${round(y + height)}`;
  const centre = `${round(cx)} ${round(cy)}`;
  if (arm.round) {
    const from = arm.l ? left : right;
    const to = arm.u ? up : down;
    return [`M${from}Q${centre} ${to}`, false];
  }
  const horizontal = arm.l ? left : arm.r ? right : undefined;
  const vertical = arm.u ? up : arm.d ? down : undefined;
  // A corner is one line bent at the centre, so its outer edge has no notch.
  if (horizontal && vertical && !(arm.l && arm.r) && !(arm.u && arm.d))
    return [`M${horizontal}L${centre}L${vertical}`, arm.heavy === true];
  const parts: string[] = [];
  // A straight line through the centre is one segment, so its middle has no joint.
  if (arm.l && arm.r) parts.push(`M${left}L${right}`);
  else if (arm.l) parts.push(`M${left}L${centre}`);
  else if (arm.r) parts.push(`M${centre}L${right}`);
  if (arm.u && arm.d) parts.push(`M${up}L${down}`);
  else if (arm.u) parts.push(`M${up}L${centre}`);
  else if (arm.d) parts.push(`M${centre}L${down}`);
  return [parts.join(''), arm.heavy === true];
}
