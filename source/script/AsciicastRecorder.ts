/** What the `.cast` header says about the recording. */
export interface AsciicastHeader {
  width: number;
  height: number;
  title: string;
  /** The terminal type and shell the recording claims; fixed, never the host's, so files match across machines. */
  env: {TERM: string; SHELL: string};
}

/** One event: seconds into the recording, output (`o`) or a resize (`r`, as `COLSxROWS`), and its data. */
export type CastEvent = [number, 'o' | 'r', string];

/**
 * Builds an asciicast v2 file (https://docs.asciinema.org/manual/asciicast/v2/):
 * a JSON header line, then one JSON array per event. Times are the tape's own
 * (virtual) milliseconds, and output written at the same moment is one event, so
 * two runs of the same tape give the same bytes. No `timestamp` in the header: a
 * wall-clock date would make every file different.
 */
export class AsciicastRecorder {
  private readonly events: CastEvent[] = [];

  constructor(private readonly header: AsciicastHeader) {}

  /** Output at a time; `keepEmpty` records an empty event (the end of a tape whose last moments drew nothing). */
  output(timeMs: number, data: string, options: {keepEmpty?: boolean} = {}): void {
    if (data === '' && !(options.keepEmpty && (this.events.at(-1)?.[0] ?? 0) < seconds(timeMs))) return;
    const time = seconds(timeMs);
    const last = this.events.at(-1);
    if (last && last[1] === 'o' && last[0] === time) last[2] += data;
    else this.events.push([time, 'o', data]);
  }

  resize(timeMs: number, columns: number, rows: number): void {
    this.events.push([seconds(timeMs), 'r', `${columns}x${rows}`]);
  }

  /** The events so far, to draw the recording's frames again. */
  get recorded(): readonly CastEvent[] {
    return this.events;
  }

  /** The events so far, for tests and for the runner's report. */
  get eventCount(): number {
    return this.events.length;
  }

  toString(): string {
    const {width, height, title, env} = this.header;
    const lines = [JSON.stringify({version: 2, width, height, title, env}), ...this.events.map(e => JSON.stringify(e))];
    return `${lines.join('\n')}\n`;
  }
}

/** Seconds with microsecond precision, so float noise (0.1 + 0.2) never reaches the file. */
function seconds(ms: number): number {
  return Math.round(ms * 1000) / 1_000_000;
}
