// Bounds on what a parser holds between chunks, per session:
//   PASTE_CHARS       16 Mi characters  a bracketed paste is cut to this length; the rest, up to its end marker, is dropped
//   PENDING_CHARS     24 characters     the unfinished escape sequence (a mouse report) or paste end marker kept for the next chunk
//   REPORT_CHARS      128 characters    an unfinished answer of the terminal (OSC 11's background, DA1) kept for the next chunk
//
// So a paste that never ends (`ESC[200~` and no `ESC[201~`) holds at most PASTE_CHARS.

/** The longest bracketed paste kept: 16 Mi characters (a 10 MB paste arrives whole). */
export const PASTE_CHARS = 16 * 1024 * 1024;
/** The longest unfinished escape sequence kept for the next chunk (a mouse report runs to about 20); a longer one is not a key we know. */
const PENDING_CHARS = 24;
/** The longest unfinished terminal answer kept (a background colour takes about 25, a long DA1 about 40). */
const REPORT_CHARS = 128;

/** One thing the user did at the keyboard: a named key, a printable text, or a paste. */
export type Key =
  | {kind: 'text'; text: string}
  /** `cut` counts the characters dropped from a paste longer than PASTE_CHARS. */
  | {kind: 'paste'; text: string; cut?: number}
  | {
      kind: 'key';
      name:
        | 'up'
        | 'down'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'pageup'
        | 'pagedown'
        | 'delete'
        | 'backspace'
        | 'tab'
        | 'backtab'
        | 'enter'
        | 'escape'
        | 'space'
        | 'f1';
      ctrl?: boolean;
      alt?: boolean;
    }
  | {kind: 'ctrl'; letter: string}
  | {kind: 'alt'; letter: string}
  /** An SGR mouse report (`ESC [ < b ; x ; y M|m`): cell x and y from 0, the top-left being 0,0. */
  | {kind: 'mouse'; button: 'left' | 'middle' | 'right' | 'wheelup' | 'wheeldown'; press: boolean; x: number; y: number}
  /**
   * The terminal answering a question, never something the user typed: its background colour
   * (OSC 11, `value` as `rgb:RRRR/GGGG/BBBB`), its device attributes (DA1), or another answer.
   */
  | {kind: 'report'; report: 'background' | 'attributes' | 'other'; value: string};

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

const CSI_KEYS: Record<string, Extract<Key, {kind: 'key'}>['name']> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  Z: 'backtab',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '3~': 'delete',
  '5~': 'pageup',
  '6~': 'pagedown',
  P: 'f1',
  '11~': 'f1',
};

/**
 * Turns the bytes a terminal sends into keys. Keeps state across chunks, so an
 * escape sequence or a bracketed paste split over several reads (an SSH packet
 * boundary, a 10 MB paste) still arrives whole: a paste is one `paste` key, cut
 * at PASTE_CHARS. What it holds between chunks is bounded, whatever the client sends.
 */
export class InputParser {
  private pending = '';
  private paste: string[] | undefined;
  private pasteLength = 0;
  private pasteCut = 0;
  /** The last chunk ended in a lone ESC, sent as the Escape key. */
  private escapeEnded = false;

  constructor(private readonly pasteLimit = PASTE_CHARS) {}

  /** Feeds a chunk; returns the keys it completed. */
  push(chunk: string): Key[] {
    const keys: Key[] = [];
    let data = this.pending + chunk;
    this.pending = '';
    // A terminal's answer cut right after its ESC: that ESC went out as the Escape key; the rest is still the answer.
    if (this.escapeEnded && /^(\]\d|\[[?>=])/.test(data)) data = `\u001b${data}`;
    this.escapeEnded = false;
    while (data.length > 0) {
      if (this.paste) {
        const end = data.indexOf(PASTE_END);
        if (end < 0) {
          // Keep a possible partial end marker for the next chunk.
          const keep = partialSuffix(data, PASTE_END);
          this.addToPaste(data.slice(0, data.length - keep));
          this.pending = data.slice(data.length - keep);
          return keys;
        }
        this.addToPaste(data.slice(0, end));
        keys.push(
          this.pasteCut > 0
            ? {kind: 'paste', text: this.paste.join(''), cut: this.pasteCut}
            : {kind: 'paste', text: this.paste.join('')},
        );
        this.paste = undefined;
        data = data.slice(end + PASTE_END.length);
        continue;
      }
      if (data.startsWith(PASTE_START)) {
        this.paste = [];
        this.pasteLength = 0;
        this.pasteCut = 0;
        data = data.slice(PASTE_START.length);
        continue;
      }
      const consumed = this.one(data, keys);
      if (consumed === 0) {
        this.pending = data;
        return keys;
      }
      data = data.slice(consumed);
    }
    return keys;
  }

  /** Adds to the open paste what fits under the bound; counts the rest as cut. */
  private addToPaste(text: string): void {
    const room = this.pasteLimit - this.pasteLength;
    const kept = text.length <= room ? text : text.slice(0, Math.max(0, room));
    this.pasteCut += text.length - kept.length;
    if (kept.length === 0) return;
    // Own copies: a slice would keep the whole chunk it came from alive.
    (this.paste as string[]).push(kept.length < text.length ? ` ${kept}`.slice(1) : kept);
    this.pasteLength += kept.length;
  }

  /** Parses one key at the start of `data`; returns how much it used, 0 if it needs more bytes. */
  private one(data: string, keys: Key[]): number {
    const c = data[0];
    if (c === '\u001b') {
      if (data.length === 1) {
        this.escapeEnded = true;
        keys.push({kind: 'key', name: 'escape'});
        return 1;
      }
      // An answer split after its `ESC ]` waits for the rest (Alt+], which nothing uses, waits with it).
      if (data[1] === ']' && (data.length === 2 || /^\u001b\]\d/.test(data))) return oscReport(data, keys);
      if (data[1] === '[' && (data[2] === '?' || data[2] === '>' || data[2] === '=')) return privateReport(data, keys);
      if (data[1] === '[' && data[2] === '<') {
        const mouse = /^\u001b\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])/.exec(data);
        if (!mouse) return data.length < PENDING_CHARS && /^\u001b\[<[\d;]*$/.test(data) ? 0 : 1;
        const key = mouseKey(Number(mouse[1]), Number(mouse[2]) - 1, Number(mouse[3]) - 1, mouse[4] === 'M');
        if (key) keys.push(key);
        return mouse[0].length;
      }
      if (data[1] === '[' || data[1] === 'O') {
        const match = /^\u001b[[O]([0-9;]*)([A-Za-z~])/.exec(data);
        if (!match) return data.length < PENDING_CHARS && /^\u001b[[O][0-9;]*$/.test(data) ? 0 : 1;
        const [whole, params, final] = match;
        const parts = params.split(';');
        const modifier = Number(parts[1] ?? 1) - 1;
        const id = final === '~' ? `${parts[0]}~` : final;
        const name = CSI_KEYS[id];
        if (name) keys.push({kind: 'key', name, ctrl: (modifier & 4) !== 0, alt: (modifier & 2) !== 0});
        return whole.length;
      }
      keys.push({kind: 'alt', letter: data[1]});
      return 2;
    }
    if (c === '\r' || c === '\n') {
      keys.push({kind: 'key', name: 'enter'});
      // A terminal in raw mode may send \r\n for Enter; count it once.
      return c === '\r' && data[1] === '\n' ? 2 : 1;
    }
    if (c === '\t') return push(keys, {kind: 'key', name: 'tab'});
    if (c === '\u007f' || c === '\b') return push(keys, {kind: 'key', name: 'backspace'});
    if (c === ' ') return push(keys, {kind: 'key', name: 'space'});
    const code = c.charCodeAt(0);
    if (code < 0x20) return push(keys, {kind: 'ctrl', letter: String.fromCharCode(code + 96)});
    // A run of printable characters is one text key (typed fast, or pasted without bracketed paste).
    const run = /^[^\u0000-\u0020\u007f]+/.exec(data);
    const text = run ? run[0] : c;
    keys.push({kind: 'text', text});
    return text.length;
  }
}

/**
 * An operating system command from the terminal (`ESC ] 11 ; rgb:... ST`, ST being `ESC \` or BEL):
 * how a background colour comes back. Only answers start so; its text never reaches a box.
 */
function oscReport(data: string, keys: Key[]): number {
  const answer = /^\u001b\](\d+);?([^\u0000-\u001f]*)(\u0007|\u001b\\)/.exec(data);
  if (!answer) {
    // Not ended yet: wait for the rest while it can still be an answer; else it is nothing we know.
    const partial = /^\u001b\]\d*(;[^\u0000-\u001f]*)?\u001b?$/.test(data);
    return partial && data.length < REPORT_CHARS ? 0 : 2;
  }
  keys.push({kind: 'report', report: answer[1] === '11' ? 'background' : 'other', value: answer[2]});
  return answer[0].length;
}

/** A CSI answer with a private marker (`ESC [ ? 64 ; 1 c`, DA1): what a terminal says about itself, never a key. */
function privateReport(data: string, keys: Key[]): number {
  const answer = /^\u001b\[([?>=])([\d;:]*)([@-~])/.exec(data);
  if (!answer) return /^\u001b\[[?>=][\d;:]*$/.test(data) && data.length < REPORT_CHARS ? 0 : 2;
  const attributes = answer[1] === '?' && answer[3] === 'c';
  keys.push({kind: 'report', report: attributes ? 'attributes' : 'other', value: answer[2]});
  return answer[0].length;
}

function push(keys: Key[], key: Key): number {
  keys.push(key);
  return 1;
}

function partialSuffix(data: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, data.length); n > 0; n--) {
    if (marker.startsWith(data.slice(data.length - n))) return n;
  }
  return 0;
}

/** An SGR report's button code (its low bits; 32 is motion, 4/8/16 modifiers) as a mouse key, or none for motion. */
function mouseKey(code: number, x: number, y: number, press: boolean): Key | undefined {
  if (code & 32) return undefined;
  const base = code & ~(4 | 8 | 16);
  const button = base === 64 ? 'wheelup' : base === 65 ? 'wheeldown' : (['left', 'middle', 'right'] as const)[base];
  return button ? {kind: 'mouse', button, press, x: Math.max(0, x), y: Math.max(0, y)} : undefined;
}
