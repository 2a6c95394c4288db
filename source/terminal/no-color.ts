// NO_COLOR (https://no-color.org): a screen drawn without colours keeps bold, dim,
// italic, underline, inverse and strike, so focus and emphasis still show.

const SGR = /\u001b\[([\d;]*)m/g;

/** The SGR parameters of one sequence without its colours; '' when nothing but colours was in it. */
function withoutColourParams(params: string): string {
  if (params === '') return '0';
  const codes = params.split(';');
  const kept: string[] = [];
  for (let k = 0; k < codes.length; k++) {
    const c = Number(codes[k]);
    if (c === 38 || c === 48) k += codes[k + 1] === '5' ? 2 : 4;
    else if (!((c >= 30 && c <= 49) || (c >= 90 && c <= 107))) kept.push(codes[k]);
  }
  return kept.join(';');
}

/** A line of Ink's output (text with SGR styling) with every foreground and background colour removed. */
export function withoutColours(line: string): string {
  if (!line.includes('\u001b[')) return line;
  return line.replace(SGR, (_sequence, params: string) => {
    const kept = withoutColourParams(params);
    return kept === '' ? '' : `\u001b[${kept}m`;
  });
}

/** Whether the environment asks for no colour: NO_COLOR set to anything but the empty string. */
export function noColorRequested(env: Record<string, string | undefined>): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}
