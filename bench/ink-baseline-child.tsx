// Run by render.bench.ts in a child process without CI variables (Ink checks
// them at import): what Ink's own render() writes per keystroke for the same
// hangman screen, in its default mode and with incrementalRendering.
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import demo from '../examples/hangman.js';
import type {Textbox} from '../source/blocks/components/Textbox.js';
import {Body} from '../source/terminal/components/Screen.js';
import {UiState} from '../source/terminal/UiState.js';

const incremental = process.argv[2] === 'incremental';
const KEYS = 200;
let bytes = 0;
const stdout = Object.assign(new EventEmitter(), {
  columns: 80,
  rows: 24,
  isTTY: true,
  write(data: string) {
    bytes += Buffer.byteLength(data);
    return true;
  },
});
const stdin = Object.assign(new EventEmitter(), {
  isTTY: false,
  setRawMode() {},
  ref() {},
  unref() {},
  setEncoding() {},
  resume() {},
  pause() {},
  read: () => null,
});
const session = demo.session();
const box = demo.components.find(c => c.type === 'textbox') as Textbox;
const ui = new UiState();
const ctx = () => ({session, ui, focused: box, columns: 80, now: 0});
const instance = render(<Body ctx={ctx()} />, {
  stdout: stdout as unknown as NodeJS.WriteStream,
  stdin: stdin as unknown as NodeJS.ReadStream,
  patchConsole: false,
  exitOnCtrlC: false,
  incrementalRendering: incremental,
  maxFps: 1000,
} as Parameters<typeof render>[1]);
await new Promise(resolve => setTimeout(resolve, 50));
const before = bytes;
let text = '';
for (let i = 0; i < KEYS; i++) {
  text = i % 2 === 0 ? `${text}a` : text.slice(0, -1);
  await session.set(box, text);
  instance.rerender(<Body ctx={ctx()} />);
  await new Promise(resolve => setTimeout(resolve, 2));
}
process.stdout.write(JSON.stringify({bytesPerKey: (bytes - before) / KEYS}));
instance.unmount();
process.exit(0);
