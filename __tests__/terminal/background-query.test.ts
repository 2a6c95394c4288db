import {afterEach, describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {BACKGROUND_QUERY, modeOfBackground, parseBackground} from '../../source/terminal/background-query.js';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {InputParser, type Key} from '../../source/terminal/parse-input.js';
import type {Clock} from '../../source/terminal/Terminal.js';
import {TestTerminal} from '../helpers/screen.js';

const LIGHT_ST = '\u001b]11;rgb:ffff/ffff/ffff\u001b\\';
const DARK_BEL = '\u001b]11;rgb:1e1e/1e1e/2e2e\u0007';
const DA1 = '\u001b[?62;22c';

describe('the input parser', () => {
  test('turns a background answer, ended by ST or BEL, into a report and nothing else', () => {
    const parser = new InputParser();
    expect(parser.push(`a${LIGHT_ST}b`)).toEqual([
      {kind: 'text', text: 'a'},
      {kind: 'report', report: 'background', value: 'rgb:ffff/ffff/ffff'},
      {kind: 'text', text: 'b'},
    ]);
    expect(parser.push(DARK_BEL)).toEqual([{kind: 'report', report: 'background', value: 'rgb:1e1e/1e1e/2e2e'}]);
    expect(parser.push(DA1)).toEqual([{kind: 'report', report: 'attributes', value: '62;22'}]);
  });

  test('an answer split across reads at any byte still arrives whole, and no part of it is text', () => {
    const answer = `x${LIGHT_ST}${DA1}y`;
    for (let cut = 2; cut < answer.length; cut++) {
      const parser = new InputParser();
      const keys: Key[] = [...parser.push(answer.slice(0, cut)), ...parser.push(answer.slice(cut))];
      expect(
        keys
          .filter(k => k.kind === 'text')
          .map(k => (k as {text: string}).text)
          .join(''),
      ).toBe('xy');
      expect(keys.filter(k => k.kind === 'report').map(k => (k as {report: string}).report)).toEqual([
        'background',
        'attributes',
      ]);
    }
  });

  test('an answer that never ends is dropped once it is too long to be one, and typing goes on', () => {
    const parser = new InputParser();
    expect(parser.push(`\u001b]11;${'z'.repeat(200)}`).filter(k => k.kind === 'report')).toEqual([]);
    expect(parser.push('\r')).toContainEqual({kind: 'key', name: 'enter'});
  });
});

test("the answer's colour gives the mode: 1 to 4 hex digits a channel", () => {
  const mode = (value: string) => modeOfBackground(parseBackground(value) ?? {red: 0, green: 0, blue: 0});
  expect(mode('rgb:ffff/ffff/ffff')).toBe('light');
  expect(mode('rgb:fd/f6/e3')).toBe('light');
  expect(mode('rgb:1e1e/1e1e/2e2e')).toBe('dark');
  expect(mode('rgb:0/0/0')).toBe('dark');
  expect(parseBackground('rgb:ffff/0000/8080')).toEqual({red: 1, green: 0, blue: 0x8080 / 0xffff});
  expect(parseBackground('nonsense')).toBeUndefined();
});

describe('themeMode auto', () => {
  let mounted: MountedApp | undefined;
  afterEach(async () => {
    await mounted?.unmount();
    await mounted?.session.close();
    mounted = undefined;
  });

  /** A clock whose timers run only when the test says. */
  function manualClock(): Clock & {fire(): void} {
    const timers = new Map<number, () => void>();
    let next = 0;
    return {
      now: () => 0,
      setTimeout: fn => {
        timers.set(++next, fn);
        return next;
      },
      clearTimeout: handle => timers.delete(handle as number),
      fire: () => {
        for (const [id, fn] of [...timers]) {
          timers.delete(id);
          fn();
        }
      },
    };
  }

  function start(clock?: Clock) {
    const app = gr.Blocks({title: 'Asks', theme: gr.themes.Soft()}, () => {
      gr.Textbox({label: 'Name'});
    });
    const terminal = new TestTerminal(30, 8);
    const written: string[] = [];
    const write = terminal.write.bind(terminal);
    terminal.write = data => {
      written.push(data);
      return write(data);
    };
    mounted = mountApp(app.session(), terminal, {themeMode: 'auto', clock});
    return {terminal, written, mounted};
  }

  const focusColour = (terminal: TestTerminal) => {
    const cell = terminal.emulator.buffer.active.getLine(2)?.getCell(0);
    return `#${cell?.getFgColor().toString(16).padStart(6, '0')}`;
  };

  test('asks the terminal, waits for the answer, then draws in the light colours', async () => {
    const {terminal, written} = start();
    expect(written.join('')).toContain(BACKGROUND_QUERY);
    // Nothing is drawn before the answer.
    expect(written.join('')).not.toContain('Asks');
    terminal.type(LIGHT_ST);
    await mounted?.settled();
    terminal.type('\t');
    await mounted?.settled();
    await terminal.screen();
    expect(focusColour(terminal)).toBe(gr.themes.colors.indigo.c700);
  });

  test('an answer that comes late, while a box has focus, changes the colours and never reaches the box', async () => {
    const clock = manualClock();
    const {terminal} = start(clock);
    clock.fire();
    await mounted?.settled();
    terminal.type('\t');
    await mounted?.settled();
    await terminal.screen();
    expect(focusColour(terminal)).toBe(gr.themes.colors.indigo.c300);
    terminal.type(LIGHT_ST.slice(0, 9));
    terminal.type(LIGHT_ST.slice(9));
    await mounted?.settled();
    const screen = await terminal.screen();
    expect(screen).not.toContain('rgb');
    expect(screen).not.toContain('11;');
    expect(focusColour(terminal)).toBe(gr.themes.colors.indigo.c700);
  });

  test('with no answer, the first frame waits for the timeout and is dark', async () => {
    const clock = manualClock();
    const {terminal, written} = start(clock);
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(written.join('')).not.toContain('Asks');
    clock.fire();
    await mounted?.settled();
    expect(await terminal.screen()).toContain('Asks');
  });

  test('a terminal that answers only the device query is drawn at once, dark, without waiting for the timeout', async () => {
    const clock = manualClock();
    const {terminal} = start(clock);
    terminal.type(DA1);
    await mounted?.settled();
    terminal.type('\t');
    await mounted?.settled();
    expect(await terminal.screen()).toContain('Asks');
    expect(focusColour(terminal)).toBe(gr.themes.colors.indigo.c300);
  });
});
