import {describe, expect, test} from '@jest/globals';
import {AsciicastRecorder} from '../../source/script/AsciicastRecorder.js';
import {parseTape} from '../../source/script/parse-tape.js';
import {renderSvg} from '../../source/script/render-svg.js';
import {screenToAnsi} from '../../source/script/screen-to-ansi.js';
import {frameSeparator, parseTextFrames, TextFrameRecorder} from '../../source/script/TextFrameRecorder.js';
import {resolveSettings} from '../../source/script/tape-settings.js';
import {VirtualTerminal} from '../../source/script/VirtualTerminal.js';

const header = {width: 40, height: 10, title: 'Demo', env: {TERM: 'xterm-256color', SHELL: '/bin/bash'}};

describe('asciicast v2', () => {
  test('a header line, then one event per line, output at the same moment merged into one event', () => {
    const cast = new AsciicastRecorder(header);
    cast.output(0, 'a');
    cast.output(0, 'b');
    cast.output(100, '\x1b[31mc');
    cast.resize(250, 80, 24);
    cast.output(250.0004, '');
    expect(cast.toString()).toBe(
      [
        '{"version":2,"width":40,"height":10,"title":"Demo","env":{"TERM":"xterm-256color","SHELL":"/bin/bash"}}',
        '[0,"o","ab"]',
        '[0.1,"o","\\u001b[31mc"]',
        '[0.25,"r","80x24"]',
        '',
      ].join('\n'),
    );
  });

  test('times are rounded to the microsecond, so float noise never reaches the file', () => {
    const cast = new AsciicastRecorder(header);
    cast.output(0.1 + 0.2, 'x');
    expect(cast.toString().split('\n')[1]).toBe('[0.0003,"o","x"]');
  });
});

describe('text frames as VHS golden files have them', () => {
  test('each frame is every row, then a line of 80 ─; an unchanged screen adds no frame', () => {
    const frames = new TextFrameRecorder();
    frames.capture(['one', '']);
    frames.capture(['one', '']);
    frames.capture(['two', 'x']);
    expect(frameSeparator).toBe('─'.repeat(80));
    expect(frames.toString()).toBe(`one\n\n${frameSeparator}\ntwo\nx\n${frameSeparator}\n`);
    expect(parseTextFrames(frames.toString())).toEqual([
      ['one', ''],
      ['two', 'x'],
    ]);
  });
});

describe('SVG of a screen', () => {
  async function screen(data: string): Promise<VirtualTerminal> {
    const terminal = new VirtualTerminal(20, 2);
    terminal.write(data);
    await terminal.flush();
    return terminal;
  }

  test('is a standalone SVG with the text, its colours and attributes, escaped', async () => {
    const terminal = await screen('a<b & "c"\r\n\x1b[1;32mok\x1b[0m \x1b[44mbg\x1b[0m');
    const {look} = resolveSettings([]);
    const svg = renderSvg(terminal.styledLines(), terminal.columns, look);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+"/);
    expect(svg).toContain('>a&lt;b</text>');
    expect(svg).toContain('>&amp;</text>');
    expect(svg).toContain('>&quot;c&quot;</text>');
    expect(svg).toMatch(/<text [^>]*fill="#31bb71" font-weight="bold">ok<\/text>/);
    expect(svg).toMatch(/<rect [^>]*fill="#8056ff"\/>/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  test('uses the colours of a JSON theme', async () => {
    const terminal = await screen('\x1b[31mred');
    const [command] = parseTape('Set Theme { "background": "#000000", "foreground": "#ffffff", "red": "#ff0000" }');
    const {look} = resolveSettings([command]);
    const svg = renderSvg(terminal.styledLines(), terminal.columns, look);
    expect(svg).toContain('fill="#000000"/>');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toMatch(/fill="#ff0000"[^>]*>red</);
  });

  test('the same screen gives the same bytes', async () => {
    const {look} = resolveSettings([]);
    const a = await screen('\x1b[35mhello');
    const b = await screen('\x1b[35mhello');
    expect(renderSvg(a.styledLines(), 20, look)).toBe(renderSvg(b.styledLines(), 20, look));
  });
});

describe('a screen redrawn from its cells', () => {
  test('draws the same screen, colours included, on another terminal', async () => {
    const source = new VirtualTerminal(20, 3);
    source.write('\x1b[1;31mred\x1b[0m plain\r\n\x1b[3;5H\x1b[38;5;120m\x1b[48;2;9;8;7mx');
    await source.flush();
    const copy = new VirtualTerminal(20, 3);
    copy.write('garbage that is cleared');
    copy.write(screenToAnsi(source.styledLines(), source.cursor()));
    await copy.flush();
    expect(copy.lines()).toEqual(source.lines());
    expect(copy.styledLines()).toEqual(source.styledLines());
    expect(copy.cursor()).toEqual(source.cursor());
  });
});

describe('tape settings', () => {
  const settings = (text: string) => resolveSettings(parseTape(text));

  test('a tape with no size is 80x24 cells', () => {
    expect(settings('')).toMatchObject({columns: 80, rows: 24});
  });

  test("VHS's pixel sizes become the cells that fit, with VHS's font size and padding", () => {
    expect(settings('Set Width 1200\nSet Height 600')).toMatchObject({columns: 81, rows: 21});
    expect(settings('Set Width 1200\nSet Height 600\nSet FontSize 12\nSet Padding 0')).toMatchObject({columns: 166, rows: 50});
  });

  test('Columns and Rows are cells and win over pixels', () => {
    expect(settings('Set Width 1200\nSet Columns 100\nSet Rows 30')).toMatchObject({columns: 100, rows: 30});
  });

  test('wait timeout and pattern follow VHS defaults unless set', () => {
    expect(settings('')).toMatchObject({waitTimeoutMs: 15_000, waitPattern: />$/m, typingSpeedMs: 50});
    expect(settings('Set WaitTimeout 2s\nSet WaitPattern /ready/')).toMatchObject({waitTimeoutMs: 2000, waitPattern: /ready/m});
  });
});
