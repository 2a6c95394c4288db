const tagOf = (value: object): string => Object.prototype.toString.call(value);

/**
 * Whether two values hold the same data: how the runtime decides that an output
 * "changed" (and so whether `change` fires). Structural, like Gradio's front end
 * comparing values; unlike `util.isDeepStrictEqual` it ignores which realm or
 * class made a plain object, so a value copied with `structuredClone` equals its
 * original whatever created it (a vm context, a test runner). Cycles are not
 * followed twice.
 */
export function deepEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], other[i], seen)) return false;
    return true;
  }
  if (tag === '[object Date]') return (a as Date).getTime() === (b as Date).getTime();
  if (tag === '[object Map]') {
    const [left, right] = [a as Map<unknown, unknown>, b as Map<unknown, unknown>];
    if (left.size !== right.size) return false;
    for (const [key, value] of left) if (!right.has(key) || !deepEqual(value, right.get(key), seen)) return false;
    return true;
  }
  if (tag === '[object Set]') {
    const [left, right] = [a as Set<unknown>, b as Set<unknown>];
    if (left.size !== right.size) return false;
    for (const value of left) if (!right.has(value)) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen)) {
      return false;
    }
  }
  return true;
}
