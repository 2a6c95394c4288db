/** Levenshtein distance, case-insensitive: `enter` and `Enter` are one fix apart (the case), not zero. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The known name closest to what was written, if it is close enough to be a
 * likely typo: a different case, or at most a third of the word mistyped.
 */
export function closestName(written: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    if (name.toLowerCase() === written.toLowerCase()) return name;
    const distance = editDistance(written, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(written.length, 3) / 3));
  return bestDistance <= allowed ? best : undefined;
}
