import {EventEmitter} from 'node:events';
import {type Instance, render} from 'ink';
import type {ReactElement} from 'react';

/** What Ink writes to: it keeps the last frame instead of sending it anywhere. */
class FrameCapture extends EventEmitter {
  readonly isTTY = true;
  columns = 80;
  rows = 24;
  frame = '';

  write(data: string): boolean {
    this.frame = data;
    return true;
  }
}

/** Ink never reads from it: keys reach the renderer through the Terminal, not through Ink. */
class NoInput extends EventEmitter {
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
    return this.capture.frame.split('\n');
  }

  dispose(): void {
    this.instance?.unmount();
    this.instance = undefined;
  }
}
