import {EventEmitter} from 'node:events';
import {type Instance, render} from 'ink';
import type {ReactElement} from 'react';

/** What Ink writes to: it keeps the frame just drawn instead of sending it anywhere. */
class FrameCapture extends EventEmitter {
  readonly isTTY = true;
  columns = 80;
  rows = 24;
  frame: string | undefined;

  write(data: string): boolean {
    this.frame = data;
    return true;
  }

  /** The frame drawn since the last call, if any; not kept, as it is garbage once its lines are laid out. */
  take(): string | undefined {
    const frame = this.frame;
    this.frame = undefined;
    return frame;
  }
}

/** Ink never reads from it: keys reach the renderer through the Terminal, not through Ink. */
export class NoInput extends EventEmitter {
  readonly isTTY = false;
  setRawMode(): void {}
  setEncoding(): void {}
  ref(): void {}
  unref(): void {}
  resume(): void {}
  pause(): void {}
  read(): null {
    return null;
  }
}

/**
 * One live Ink instance per screen, rendering into a capture instead of a
 * terminal: re-rendering reuses React's fibers and Yoga's nodes (a few times
 * cheaper than a fresh renderToString per frame). Ink's debug mode writes every
 * frame whole and at once, whatever CI says, so frames never depend on CI.
 */
export class InkFrameSource {
  private readonly capture = new FrameCapture();
  private instance: Instance | undefined;
  private last: {columns: number; lines: readonly string[]} | undefined;

  /**
   * Renders `element` at `columns` wide and returns the frame's lines. `mayChangeNothing`: the
   * element may leave every host node as it was. React then commits without touching the host,
   * so Ink draws nothing, and the frame is the last one (at the same width).
   */
  render(element: ReactElement, columns: number, mayChangeNothing = false): readonly string[] {
    this.capture.columns = columns;
    this.capture.take();
    if (this.instance) this.instance.rerender(element);
    else {
      this.instance = render(element, {
        stdout: this.capture as unknown as NodeJS.WriteStream,
        stderr: this.capture as unknown as NodeJS.WriteStream,
        stdin: new NoInput() as unknown as NodeJS.ReadStream,
        debug: true,
        patchConsole: false,
        exitOnCtrlC: false,
      });
    }
    const frame = this.capture.take();
    if (frame === undefined) {
      if (mayChangeNothing && this.last?.columns === columns) return this.last.lines;
      // Ink draws on every commit in debug mode; a version that did not must fail loudly, not blank the screen.
      throw new Error('Ink rendered without drawing a frame');
    }
    this.last = {columns, lines: frame.split('\n')};
    return this.last.lines;
  }

  dispose(): void {
    this.instance?.unmount();
    this.instance = undefined;
    this.last = undefined;
  }
}
