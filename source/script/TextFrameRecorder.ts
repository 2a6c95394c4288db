/** The line VHS writes after each frame of a `.txt`/`.ascii` golden file: 80 box-drawing dashes. */
export const frameSeparator = '─'.repeat(80);

/**
 * The screen as text after each command that changed it, in VHS's golden-file
 * format: each frame is every row of the screen (trailing spaces trimmed), one
 * per line, followed by a separator line of `─`.
 */
export class TextFrameRecorder {
  private readonly recorded: string[][] = [];

  /** Adds the screen as a frame, unless it shows exactly what the last frame showed. */
  capture(lines: readonly string[]): void {
    const last = this.recorded.at(-1);
    if (last && last.length === lines.length && last.every((line, i) => line === lines[i])) return;
    this.recorded.push([...lines]);
  }

  get frames(): readonly (readonly string[])[] {
    return this.recorded;
  }

  toString(): string {
    return formatTextFrames(this.recorded);
  }
}

export function formatTextFrames(frames: readonly (readonly string[])[]): string {
  return frames.map(lines => `${lines.map(line => `${line}\n`).join('')}${frameSeparator}\n`).join('');
}

/** Splits a golden file back into frames (for a diff that names the frame). */
export function parseTextFrames(text: string): string[][] {
  const frames: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined)) {
    if (line === frameSeparator) {
      frames.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) frames.push(current);
  return frames;
}
