/**
 * Rounding as Gradio's Python does it, without the float surprises of
 * `Math.round(x * 10 ** n) / 10 ** n`. Both functions work on the exact value of
 * the double (Python's `round`) or on the decimals a person wrote (a slider's step).
 */

/**
 * Python's `round(x, digits)`: the exact binary value of `x` rounded to `digits`
 * decimals, halves to even. So `round(2.5) == 2`, `round(0.125, 2) == 0.12` (0.125 is
 * exact) and `round(2.675, 2) == 2.67` (the double nearest 2.675 is a little below it).
 */
export function pythonRound(x: number, digits = 0): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const {sign, mantissa, exponent} = decompose(x);
  // |x| * 10^digits = mantissa * 2^exponent * 10^digits = num / den exactly.
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (digits >= 0) num *= 10n ** BigInt(digits);
  else den *= 10n ** BigInt(-digits);
  let q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  // Parsing the decimal string is correctly rounded, as Python's conversion back to float is.
  const result = Number(`${q}e${-digits}`);
  return sign * result;
}

function decompose(x: number): {sign: 1 | -1; mantissa: bigint; exponent: number} {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1 : 1;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // Subnormals have no implicit leading 1 and the smallest exponent.
  return biased === 0
    ? {sign, mantissa: fraction, exponent: -1074}
    : {sign, mantissa: fraction | (1n << 52n), exponent: biased - 1075};
}

/**
 * The value on the step grid `minimum + k * step` nearest to `value`, worked out on
 * the decimals as written (shortest round-trip form), so 0.35 with a step of 0.1 is
 * 3.5 steps, not 3.4999…. A value exactly halfway goes up, as a browser's range input
 * does (0.35 → 0.4, 0.25 → 0.3). Not clamped.
 */
export function snapToStep(value: number, minimum: number, step: number): number {
  if (!(step > 0) || !Number.isFinite(value)) return value;
  const places = Math.max(decimalsOf(value), decimalsOf(minimum), decimalsOf(step));
  if (places > 20) return minimum + Math.round((value - minimum) / step) * step;
  const scaled = (n: number) => BigInt(toFixedExact(n, places));
  const offset = scaled(value) - scaled(minimum);
  const unit = scaled(step);
  // Floor division on BigInt rounds toward zero; correct it for negative offsets.
  let k = offset / unit;
  if (offset < 0n && k * unit !== offset) k -= 1n;
  const twice = (offset - k * unit) * 2n;
  if (twice >= unit) k += 1n;
  const result = scaled(minimum) + k * unit;
  return Number(`${result}e${-places}`);
}

/** Decimals in the shortest form of a number that reads back as it (1e-7 has 7, 0.1 has 1). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const [mantissa = '', exp = '0'] = String(Math.abs(n)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exp));
}

/** `n` scaled by 10^places as an integer string, from its shortest decimal form (no float multiply). */
function toFixedExact(n: number, places: number): string {
  const negative = n < 0;
  const [mantissa = '0', exp = '0'] = String(Math.abs(n)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const shift = places + Number(exp);
  const digits = whole + fraction;
  const point = whole.length + shift;
  const integer = point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, Math.max(0, point));
  return `${negative ? '-' : ''}${integer.replace(/^0+(?=\d)/, '') || '0'}`;
}
