import {afterEach, expect, test} from '@jest/globals';
import {hasTmux, TmuxPane} from '../helpers/tmux.js';

const root = new URL('../..', import.meta.url).pathname;
let pane: TmuxPane | undefined;
afterEach(() => pane?.kill());

if (!hasTmux) console.warn('tmux is not installed: skipping the end-to-end test of a ChatInterface under termblocks run');

(hasTmux ? test : test.skip)(
  "plays Gradio's streaming echo ChatInterface: messages, Retry, Undo and Clear, the chat filling the screen",
  async () => {
    pane = new TmuxPane(
      `node ${root}bin/termblocks.js run examples/gradio/chatinterface_streaming_echo.ts 2>/dev/null; echo "exit status $?"; sleep 60`,
      {cwd: root, columns: 80, rows: 24},
    );
    let screen = await pane.waitFor(/Type a message\.\.\.[\s\S]*Retry[\s\S]*Enter submit/);
    // The chat's box takes every line the message box and the buttons leave: the footer is the last line.
    let lines = screen.trimEnd().split('\n');
    expect(lines).toHaveLength(24);
    expect(lines.at(-1)).toMatch(/^Enter submit/);
    expect(lines.at(-3)).toMatch(/Retry/);
    pane.send('hello', 'Enter');
    screen = await pane.waitFor(/│ You typed: hello +│/);
    expect(screen).toMatch(/│ +hello │/);
    pane.send('how are you', 'Enter');
    await pane.waitFor(/│ You typed: how are you +│/);
    // Undo (past Submit and Retry) takes the last turn back into the message box.
    pane.send('Tab', 'Tab', 'Tab', 'Enter');
    screen = await pane.waitFor(/│ how are you +│ │ +Submit/);
    expect(screen).not.toMatch(/You typed: how are you/);
    expect(screen).toMatch(/You typed: hello/);
    // Retry asks again for "hello".
    pane.send('BTab', 'Enter');
    await pane.waitFor(/│ You typed: hello +│/);
    // Clear empties the chat.
    pane.send('Tab', 'Tab', 'Enter');
    screen = await pane.waitFor(/Chatbot\n╭─+╮\n(│ +│\n)+╰/);
    expect(screen).not.toMatch(/You typed/);
    // A taller terminal gives the chat the new lines.
    pane.tmux('resize-window', '-y', '30');
    screen = await pane.waitFor(/Retry[\s\S]*\n.*Enter\/Space click[^\n]*\n?$/);
    lines = screen.trimEnd().split('\n');
    expect(lines).toHaveLength(30);
    expect(lines.at(-3)).toMatch(/Retry/);
    pane.send('C-c');
    screen = await pane.waitFor(/exit status \d+/);
    expect(screen.trim()).toBe('exit status 0');
  },
);
