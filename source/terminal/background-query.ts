import type {ThemeMode} from './palette.js';
import type {Key} from './parse-input.js';
import type {Clock} from './Terminal.js';

// Asking the terminal for its background (OSC 11, which xterm, iTerm2, kitty, WezTerm, GNOME's VTE,
// Windows Terminal and tmux answer) tells a dark screen from a light one. Right after it goes the
// primary device attributes query (DA1), which every terminal answers: when that answer comes
// first, no background answer is coming, and the app need not wait for the timeout.

/** "What is your background colour?" (OSC 11, ended by ST). */
export const BACKGROUND_QUERY = '\u001b]11;?\u001b\\';
/** "What are you?" (DA1): the sentinel every terminal answers. */
export const ATTRIBUTES_QUERY = '\u001b[c';
/** How long the first frame waits for an answer before drawing in the fallback (dark). Over SSH, a round trip. */
export const BACKGROUND_TIMEOUT_MS = 300;

/** The colour in an OSC 11 answer (`rgb:RRRR/GGGG/BBBB`, 1 to 4 hex digits a channel, or `#rrggbb`), each channel 0..1. */
export function parseBackground(value: string): {red: number; green: number; blue: number} | undefined {
  const rgb = /^rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?$/i.exec(value.trim());
  if (rgb) {
    const channel = (hex: string) => Number.parseInt(hex, 16) / (16 ** hex.length - 1);
    return {red: channel(rgb[1]), green: channel(rgb[2]), blue: channel(rgb[3])};
  }
  const hash = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (hash)
    return {
      red: Number.parseInt(hash[1], 16) / 255,
      green: Number.parseInt(hash[2], 16) / 255,
      blue: Number.parseInt(hash[3], 16) / 255,
    };
  return undefined;
}

/** A background is light when its perceived brightness is over half (the ITU-R BT.601 weights). */
export function modeOfBackground(colour: {red: number; green: number; blue: number}): ThemeMode {
  return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue > 0.5 ? 'light' : 'dark';
}

/** The mode of a background given as '#rrggbb' (a tape's `Set Theme`). */
export function modeOfHex(hex: string): ThemeMode {
  const colour = parseBackground(hex);
  return colour ? modeOfBackground(colour) : 'dark';
}

/**
 * One session's question to its terminal about the background. Until the answer, the DA1
 * sentinel or the timeout, the first frame waits (`waiting`); a background answer that comes
 * later still changes the mode, so a slow link ends in the right colours, after one redraw.
 */
export class BackgroundProbe {
  /** Resolves when the first frame may be drawn. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private timer: unknown;
  private pending = true;

  constructor(
    private readonly clock: Clock,
    private readonly onMode: (mode: ThemeMode) => void,
    private readonly onReady: () => void,
    timeoutMs = BACKGROUND_TIMEOUT_MS,
  ) {
    this.ready = new Promise(resolve => {
      this.resolveReady = resolve;
    });
    this.timer = clock.setTimeout(() => this.finish(), timeoutMs);
  }

  /** The bytes to send the terminal. */
  static readonly query = BACKGROUND_QUERY + ATTRIBUTES_QUERY;

  get waiting(): boolean {
    return this.pending;
  }

  /** Takes a terminal's report from the input; true when it was one (it is never a key for the app). */
  report(key: Key): boolean {
    if (key.kind !== 'report') return false;
    if (key.report === 'background') {
      const colour = parseBackground(key.value);
      if (colour) this.onMode(modeOfBackground(colour));
    }
    if (key.report === 'background' || key.report === 'attributes') this.finish();
    return true;
  }

  /** Stops waiting (the session ended). */
  dispose(): void {
    this.finish();
  }

  private finish(): void {
    if (!this.pending) return;
    this.pending = false;
    this.clock.clearTimeout(this.timer);
    this.resolveReady();
    this.onReady();
  }
}

/** Reads `--theme-mode`: dark, light, or auto (ask the terminal). */
export function parseThemeMode(value: string): ThemeMode | 'auto' {
  if (value === 'dark' || value === 'light' || value === 'auto') return value;
  throw new Error(`--theme-mode must be dark, light or auto (ask the terminal for its background), not "${value}"`);
}
