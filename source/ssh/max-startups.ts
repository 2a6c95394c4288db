/**
 * OpenSSH's MaxStartups, `start:rate:full`: below `start` connections not yet in a
 * session, a new one is let in; from `start` it is refused with probability `rate`
 * percent, rising linearly to 100% at `full`. Random early drop: an attacker filling
 * the door meets refusals long before it is shut, and a real user's odds fall
 * gradually rather than all at once.
 */
export interface MaxStartups {
  readonly start: number;
  readonly rate: number;
  readonly full: number;
}

/** Our default for `full` connections: OpenSSH's 30% rate, starting at a fifth of full (10:30:50 for 50). */
export function defaultMaxStartups(full: number): string {
  return `${Math.max(1, Math.ceil(full / 5))}:30:${full}`;
}

/** Reads `start:rate:full`, or a lone `full` (refuse at that count, no early drop), as sshd_config does. */
export function parseMaxStartups(text: string): MaxStartups {
  const parts = text.split(':').map(part => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
  const [start, rate, full] = parts.length === 1 ? [parts[0], 100, parts[0]] : parts;
  if (
    (parts.length !== 1 && parts.length !== 3) ||
    ![start, rate, full].every(Number.isFinite) ||
    start > full ||
    rate > 100 ||
    full < 1
  ) {
    throw new Error(
      `--max-startups takes start:rate:full (as 10:30:50, start ≤ full, rate a percentage) or one number; not ${text}`,
    );
  }
  return {start, rate, full};
}

/** Whether to refuse a new connection when `startups` are already waiting; `random` is uniform in [0, 1). */
export function dropsStartup(startups: number, {start, rate, full}: MaxStartups, random: () => number): boolean {
  if (startups >= full) return true;
  if (startups < start) return false;
  const percent = rate + ((100 - rate) * (startups - start)) / (full - start);
  return random() * 100 < percent;
}
