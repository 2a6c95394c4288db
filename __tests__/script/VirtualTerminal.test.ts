import {describe, expect, test} from '@jest/globals';
import {VirtualTerminal} from '../../source/script/VirtualTerminal.js';

async function written(data: string, columns = 20, rows = 4): Promise<VirtualTerminal> {
  const terminal = new VirtualTerminal(columns, rows);
  terminal.write(data);
  await terminal.flush();
  return terminal;
}

describe('VirtualTerminal', () => {
  test('interprets the bytes as a terminal does: moves, overwrites and erases', async () => {
    const terminal = await written('hello world\r\nsecond\x1b[1;7HWORLD\x1b[2;4H\x1b[K');
    expect(terminal.lines()).toEqual(['hello WORLD', 'sec', '', '']);
    expect(terminal.text()).toBe('hello WORLD\nsec\n\n');
  });

  test('has no line discipline: a bare newline moves down without returning to column one', async () => {
    const terminal = await written('ab\ncd');
    expect(terminal.newline).toBe('\r\n');
    expect(terminal.lines()[1]).toBe('  cd');
  });

  test('reports the cursor line and position', async () => {
    const terminal = await written('one\r\ntwo> ');
    expect(terminal.cursorLine()).toBe('two>');
    expect(terminal.cursor()).toEqual({column: 5, row: 1});
  });

  test('never pushes back and hands every written byte to its output listeners', async () => {
    const terminal = new VirtualTerminal(10, 2);
    const seen: string[] = [];
    terminal.onOutput(data => seen.push(data));
    expect(terminal.write('\x1b[31mx')).toBe(true);
    expect(seen).toEqual(['\x1b[31mx']);
  });

  test('a flush with nothing unparsed answers before a timer turns; one after a write waits for the text', async () => {
    const terminal = await written('one');
    const order: string[] = [];
    const timer = new Promise<void>(resolve => setTimeout(() => resolve(void order.push('timer')), 0));
    await terminal.flush().then(() => order.push('empty flush'));
    terminal.write(' two');
    await terminal.flush();
    await timer;
    expect(order).toEqual(['empty flush', 'timer']);
    expect(terminal.lines()[0]).toBe('one two');
  });

  test('delivers input to subscribers until they unsubscribe', () => {
    const terminal = new VirtualTerminal(10, 2);
    const seen: string[] = [];
    const unsubscribe = terminal.onInput(data => seen.push(data));
    terminal.send('a');
    unsubscribe();
    terminal.send('b');
    expect(seen).toEqual(['a']);
  });

  test('resizes and tells its resize listeners', () => {
    const terminal = new VirtualTerminal(10, 2);
    let resized = 0;
    terminal.onResize(() => resized++);
    terminal.resize(30, 5);
    expect([terminal.columns, terminal.rows, resized]).toEqual([30, 5, 1]);
    expect(terminal.lines()).toHaveLength(5);
  });

  test('gives the screen with colours and attributes as styled runs', async () => {
    const terminal = await written('\x1b[1;31mred\x1b[0m \x1b[38;2;1;2;3;48;5;200mrgb\x1b[0m\x1b[7mi\x1b[0m', 12, 1);
    const [runs] = terminal.styledLines();
    expect(runs.map(r => [r.text, r.column, r.width])).toEqual([
      ['red', 0, 3],
      [' ', 3, 1],
      ['rgb', 4, 3],
      ['i', 7, 1],
      ['    ', 8, 4],
    ]);
    expect(runs[0].style).toMatchObject({fg: {kind: 'palette', index: 1}, bold: true});
    expect(runs[2].style).toMatchObject({fg: {kind: 'rgb', value: 0x010203}, bg: {kind: 'palette', index: 200}});
    expect(runs[3].style.inverse).toBe(true);
  });

  test('counts a wide character as two cells', async () => {
    const terminal = await written('漢x', 6, 1);
    expect(terminal.styledLines()[0][0]).toMatchObject({text: '漢x   ', width: 6});
    expect(terminal.lines()).toEqual(['漢x']);
  });

  test('reads the modes that change what keys send', async () => {
    const terminal = await written('\x1b[?1h\x1b[?2004h');
    expect(terminal.keyModes.applicationCursorKeys).toBe(true);
    expect(terminal.bracketedPaste).toBe(true);
  });
});
