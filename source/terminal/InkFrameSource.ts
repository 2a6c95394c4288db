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

  /** Renders `element` at `columns` wide and returns the frame's lines. */
  render(element: ReactElement, columns: number): string[] {
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
    // Ink draws on every render in debug mode; a version that did not must fail loudly, not blank the screen.
    if (frame === undefined) throw new Error('Ink rendered without drawing a frame');
    return frame.split('\n');
  }

  dispose(): void {
    this.instance?.unmount();
    this.instance = undefined;
  }
}
