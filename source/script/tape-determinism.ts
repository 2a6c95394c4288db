import type {Clock} from '../session/clock.js';

/** Where `Date.now()` starts in a tape: a fixed instant, so a clock an app shows is the same on every run. */
export const TAPE_EPOCH_MS = Date.UTC(2026, 0, 1);

/**
 * While a tape plays, `Math.random()` is a seeded generator and `Date.now()` is the
 * tape's own clock from TAPE_EPOCH_MS, so an app that picks a random reply or shows
 * the time (Gradio's chatbot and timer demos) records the same frames on every run,
 * as the rest of a tape's recording does. Returns what puts the real ones back.
 */
export function pinRandomAndDate(clock: Clock, seed = 1): () => void {
  const {random} = Math;
  const {now} = Date;
  let state = seed >>> 0;
  // mulberry32: small, fast and good enough for demos; not for anything secret.
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  Date.now = () => TAPE_EPOCH_MS + clock.now();
  return () => {
    Math.random = random;
    Date.now = now;
  };
}
