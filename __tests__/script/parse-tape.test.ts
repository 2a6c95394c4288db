import {describe, expect, test} from '@jest/globals';
import {parseTape} from '../../source/script/parse-tape.js';
import {TapeSyntaxError} from '../../source/script/TapeSyntaxError.js';

/** The commands of a tape without their locations, which most tests do not care about. */
function parse(text: string): Record<string, unknown>[] {
  return parseTape(text, {file: 'demo.tape'}).map(({at: _at, ...command}) => command);
}

function one(text: string): Record<string, unknown> {
  const commands = parse(text);
  expect(commands).toHaveLength(1);
  return commands[0];
}

/** The error a tape gives, as the user reads it. */
function problem(text: string, files: Record<string, string> = {}): string {
  try {
    parseTape(text, {file: 'demo.tape', readSource: path => files[path.split('/').at(-1)!] ?? fail(path)});
  } catch (error) {
    expect(error).toBeInstanceOf(TapeSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected a syntax error for: ${text}`);
}

function fail(path: string): never {
  throw new Error(`ENOENT: no such file, open '${path}'`);
}

const key = (name: string, key = name, modifiers: Partial<Record<'ctrl' | 'alt' | 'shift', boolean>> = {}) => ({
  name,
  key,
  ctrl: false,
  alt: false,
  shift: false,
  ...modifiers,
});

describe('VHS commands', () => {
  test('Output takes a path, bare or quoted', () => {
    expect(parse('Output demo.gif\nOutput "out dir/demo.cast"')).toEqual([
      {type: 'Output', path: 'demo.gif'},
      {type: 'Output', path: 'out dir/demo.cast'},
    ]);
  });

  test('Type types one string, in any of the three quotes, or several joined by a space', () => {
    expect(one('Type "hello world"')).toEqual({type: 'Type', text: 'hello world', speedMs: undefined});
    expect(one(`Type 'say "hi"'`)).toEqual({type: 'Type', text: 'say "hi"', speedMs: undefined});
    expect(one("Type `it's`")).toEqual({type: 'Type', text: "it's", speedMs: undefined});
    expect(one('Type "a" "b"')).toEqual({type: 'Type', text: 'a b', speedMs: undefined});
  });

  test('Type@speed sets the typing speed for that line', () => {
    expect(one('Type@500ms "slow"')).toEqual({type: 'Type', text: 'slow', speedMs: 500});
    expect(one('Type@1 "slower"')).toEqual({type: 'Type', text: 'slower', speedMs: 1000});
  });

  test.each([
    'Enter',
    'Tab',
    'Backspace',
    'Delete',
    'Insert',
    'Space',
    'Escape',
    'Up',
    'Down',
    'Left',
    'Right',
    'PageUp',
    'PageDown',
    'Home',
    'End',
    'ScrollUp',
    'ScrollDown',
  ])('%s is a key press, once by default, with an optional @speed and count', name => {
    expect(one(name)).toEqual({type: 'Key', chord: key(name), speedMs: undefined, count: 1});
    expect(one(`${name} 3`)).toEqual({type: 'Key', chord: key(name), speedMs: undefined, count: 3});
    expect(one(`${name}@100ms 2`)).toEqual({type: 'Key', chord: key(name), speedMs: 100, count: 2});
  });

  test('Ctrl+<key> holds Ctrl, and further modifiers come before the key', () => {
    expect(one('Ctrl+C')).toEqual({type: 'Key', chord: key('Ctrl+C', 'C', {ctrl: true}), speedMs: undefined, count: 1});
    expect(one('Ctrl+Alt+x').chord).toEqual(key('Ctrl+Alt+x', 'x', {ctrl: true, alt: true}));
    expect(one('Ctrl+Shift+Left').chord).toEqual(key('Ctrl+Shift+Left', 'Left', {ctrl: true, shift: true}));
    expect(one('Ctrl+@').chord).toEqual(key('Ctrl+@', '@', {ctrl: true}));
    expect(one('Ctrl+[').chord).toEqual(key('Ctrl+[', '[', {ctrl: true}));
  });

  test('Alt+<key> and Shift+<key>, with a count', () => {
    expect(one('Alt+Enter').chord).toEqual(key('Alt+Enter', 'Enter', {alt: true}));
    expect(one('Alt+b 2')).toEqual({type: 'Key', chord: key('Alt+b', 'b', {alt: true}), speedMs: undefined, count: 2});
    expect(one('Shift+Tab').chord).toEqual(key('Shift+Tab', 'Tab', {shift: true}));
  });

  test('Sleep takes milliseconds, seconds, minutes, or a bare number of seconds', () => {
    expect(parse('Sleep 500ms\nSleep 2s\nSleep 1.5\nSleep 1m\nSleep .5')).toEqual([
      {type: 'Sleep', ms: 500},
      {type: 'Sleep', ms: 2000},
      {type: 'Sleep', ms: 1500},
      {type: 'Sleep', ms: 60_000},
      {type: 'Sleep', ms: 500},
    ]);
  });

  test('Wait watches the cursor line by default, or the whole screen, with an optional timeout and pattern', () => {
    expect(one('Wait')).toEqual({type: 'Wait', scope: 'Line', timeoutMs: undefined, pattern: undefined});
    expect(one('Wait /done/')).toEqual({type: 'Wait', scope: 'Line', timeoutMs: undefined, pattern: /done/m});
    expect(one('Wait+Screen /Used: g/')).toEqual({type: 'Wait', scope: 'Screen', timeoutMs: undefined, pattern: /Used: g/m});
    expect(one('Wait+Line@10s /\\$ $/')).toEqual({type: 'Wait', scope: 'Line', timeoutMs: 10_000, pattern: /\$ $/m});
    expect(one('Wait@500ms /a\\/b/')).toEqual({type: 'Wait', scope: 'Line', timeoutMs: 500, pattern: /a\/b/m});
  });

  test('Hide, Show and Paste take nothing; Copy takes a string; Screenshot a path', () => {
    expect(parse('Hide\nShow\nCopy "text"\nPaste\nScreenshot shot.svg')).toEqual([
      {type: 'Hide'},
      {type: 'Show'},
      {type: 'Copy', text: 'text'},
      {type: 'Paste'},
      {type: 'Screenshot', path: 'shot.svg'},
    ]);
  });

  test('Env sets a variable; Require names a program', () => {
    expect(parse('Env GREETING "hi there"\nRequire node')).toEqual([
      {type: 'Env', name: 'GREETING', value: 'hi there'},
      {type: 'Require', program: 'node'},
    ]);
  });

  test('comments and blank lines are skipped, including a comment after a command', () => {
    expect(parse('# a demo\n\n   \nEnter # submit\n\t# indented comment')).toEqual([
      {type: 'Key', chord: key('Enter'), speedMs: undefined, count: 1},
    ]);
  });

  test('Windows line endings are read as plain ones', () => {
    expect(parse('Type "a"\r\nEnter\r\n')).toHaveLength(2);
  });

  test('Source inlines another tape relative to this one, without its Output lines', () => {
    const commands = parseTape('Type "a"\nSource setup.tape\nEnter', {
      file: '/demos/main.tape',
      readSource: path => {
        expect(path).toBe('/demos/setup.tape');
        return 'Output other.gif\nType "b"';
      },
    });
    expect(commands.map(c => c.type)).toEqual(['Type', 'Type', 'Key']);
    expect(commands[1].at).toMatchObject({file: '/demos/setup.tape', line: 2, column: 1});
  });
});

describe('Set', () => {
  test('sizes in cells and in VHS pixels', () => {
    expect(parse('Set Columns 100\nSet Rows 30\nSet Width 1200\nSet Height 600px')).toEqual([
      {type: 'Set', setting: {name: 'Columns', value: 100}},
      {type: 'Set', setting: {name: 'Rows', value: 30}},
      {type: 'Set', setting: {name: 'Width', value: 1200}},
      {type: 'Set', setting: {name: 'Height', value: 600}},
    ]);
  });

  test('TypingSpeed and WaitTimeout are times; WaitPattern a pattern', () => {
    expect(parse('Set TypingSpeed 75ms\nSet TypingSpeed 0.1\nSet WaitTimeout 30s\nSet WaitPattern /\\$ $/')).toEqual([
      {type: 'Set', setting: {name: 'TypingSpeed', value: 75}},
      {type: 'Set', setting: {name: 'TypingSpeed', value: 100}},
      {type: 'Set', setting: {name: 'WaitTimeout', value: 30_000}},
      {type: 'Set', setting: {name: 'WaitPattern', value: '\\$ $'}},
    ]);
  });

  test.each([
    ['FontSize 32', 32],
    ['FontFamily "Fira Code"', 'Fira Code'],
    ['LetterSpacing 1.2', 1.2],
    ['LineHeight 1.4', 1.4],
    ['Theme "Dracula"', 'Dracula'],
    ['Theme { "background": "#000000", "foreground": "#ffffff" }', '{ "background": "#000000", "foreground": "#ffffff" }'],
    ['Padding 10', 10],
    ['Margin 20', 20],
    ['MarginFill "#6B50FF"', '#6B50FF'],
    ['WindowBar Colorful', 'Colorful'],
    ['WindowBarSize 40', 40],
    ['BorderRadius 8', 8],
    ['Framerate 24', 24],
    ['PlaybackSpeed 0.5', 0.5],
    ['LoopOffset 20%', 20],
    ['CursorBlink false', 'false'],
    ['Shell "fish"', 'fish'],
  ])('looks-only setting Set %s is accepted', (text, value) => {
    expect(one(`Set ${text}`)).toEqual({type: 'Set', setting: {name: text.split(' ')[0], value}});
  });
});

describe('termblocks additions', () => {
  test('Expect and ExpectNot take text or a regular expression', () => {
    expect(parse('Expect "Hangman"\nExpect /g_a_+/\nExpectNot "Error"\nExpectNot /^\\s*$/')).toEqual([
      {type: 'Expect', negate: false, pattern: 'Hangman'},
      {type: 'Expect', negate: false, pattern: /g_a_+/m},
      {type: 'Expect', negate: true, pattern: 'Error'},
      {type: 'Expect', negate: true, pattern: /^\s*$/m},
    ]);
  });

  test('Resize takes columns then rows', () => {
    expect(one('Resize 100 30')).toEqual({type: 'Resize', columns: 100, rows: 30});
  });

  test('every command knows where it was written', () => {
    const [command] = parseTape('\n  Type "x"', {file: 'demo.tape'});
    expect(command.at).toEqual({file: 'demo.tape', line: 2, column: 3, text: '  Type "x"'});
  });
});

describe('errors name the line and column, and say what to do', () => {
  test('an unknown command suggests the closest one', () => {
    expect(problem('Type "a"\nEntr')).toBe('demo.tape:2:1: unknown command "Entr": did you mean "Enter"?\n2 | Entr\n    ^');
    expect(problem('  type "a"')).toContain('demo.tape:1:3: unknown command "type": did you mean "Type"?');
    expect(problem('Slep 1s')).toContain('did you mean "Sleep"?');
    expect(problem('ExpectNo "x"')).toContain('did you mean "ExpectNot"?');
  });

  test('a command far from any known one lists them all', () => {
    expect(problem('Frobnicate')).toContain('unknown command "Frobnicate": commands are Output, Set, Type, Enter');
  });

  test('a setting used as a command points to Set', () => {
    expect(problem('Width 1200')).toContain('unknown command "Width": did you mean "Set Width"?');
  });

  test('an unknown setting suggests the closest one', () => {
    expect(problem('Set TypeSpeed 10ms')).toContain('demo.tape:1:5: unknown setting "TypeSpeed": did you mean "TypingSpeed"?');
    expect(problem('Set')).toContain('Set needs a setting');
    expect(problem('Set FontSize')).toContain('Set FontSize needs a value');
    expect(problem('Set Columns 80.5')).toContain('Set Columns needs a whole number of cells');
    expect(problem('Set FontSize big')).toContain('demo.tape:1:14: expected a number');
    expect(problem('Set FontSize 12em')).toContain('Set FontSize takes a number, not "12em"');
  });

  test('a string with no closing quote points at the opening quote', () => {
    expect(problem('Type "hello')).toBe('demo.tape:1:6: this string has no closing "\n1 | Type "hello\n         ^');
  });

  test('commands that need an argument say which', () => {
    expect(problem('Type')).toContain('demo.tape:1:5: Type needs a string in quotes, e.g. Type "hello"');
    expect(problem('Type Sleep')).toContain('demo.tape:1:6: Type needs a string in quotes');
    expect(problem('Copy')).toContain('Copy needs a string in quotes');
    expect(problem('Output')).toContain('Output needs a file name');
    expect(problem('Screenshot')).toContain('Screenshot needs a file name, e.g. Screenshot demo.svg');
    expect(problem('Sleep')).toContain('Sleep needs a time, e.g. Sleep 500ms, Sleep 2s or Sleep 1.5');
    expect(problem('Env NAME')).toContain('Env NAME needs a value');
    expect(problem('Env')).toContain('Env needs a name and a value');
    expect(problem('Expect')).toContain('Expect needs a "text" or a /regular expression/');
    expect(problem('Resize 100')).toContain('Resize needs a size in cells, e.g. Resize 100 30');
    expect(problem('Source')).toContain('Source needs a file name');
  });

  test('bad times and counts', () => {
    expect(problem('Sleep 5h')).toContain('demo.tape:1:7: unknown time unit "h": use ms, s or m');
    expect(problem('Sleep soon')).toContain('expected a time such as 500ms, 2s or 1.5');
    expect(problem('Type@ "x"')).toContain('demo.tape:1:6: expected a time');
    expect(problem('Enter 0')).toContain('Enter takes an optional count, e.g. Enter 3');
    expect(problem('Tab 1.5')).toContain('Tab takes an optional count');
    expect(problem('Wait@0 /x/')).toContain('Wait needs a timeout above zero');
  });

  test('bad key chords', () => {
    expect(problem('Ctrl')).toContain('Ctrl needs a key, e.g. Ctrl+C');
    expect(problem('Shift')).toContain('Shift needs a key, e.g. Shift+Tab');
    expect(problem('Ctrl+')).toContain('demo.tape:1:6: Ctrl+ needs a key after the +');
    expect(problem('Ctrl+Entr')).toContain('demo.tape:1:6: "Entr" is not a key: did you mean "Enter"?');
    expect(problem('Ctrl+C+Alt')).toContain('modifiers come before the key: Ctrl+C already names a key');
    expect(problem('Ctrl+Alt')).toContain('Ctrl+Alt needs a key');
  });

  test('bad Wait and regular expressions', () => {
    expect(problem('Wait+Page /x/')).toContain('demo.tape:1:6: Wait+ takes Screen or Line, not "Page"');
    expect(problem('Wait /abc')).toContain('demo.tape:1:6: this regular expression has no closing /');
    expect(problem('Expect /(unclosed/')).toContain('demo.tape:1:8: invalid regular expression /(unclosed/');
  });

  test('anything left over after a command is pointed at', () => {
    expect(problem('Paste now')).toContain('demo.tape:1:7: unexpected "now" after Paste');
    expect(problem('Enter now')).toContain('demo.tape:1:7: Enter takes an optional count, e.g. Enter 3');
    expect(problem('Hide 2')).toContain('unexpected "2" after Hide');
    expect(problem('Resize 10 10 10')).toContain('unexpected "10" after Resize');
  });

  test('a line that does not start with a word', () => {
    expect(problem('"Type"')).toContain('demo.tape:1:1: expected a command, found """');
  });

  test('every problem is reported at once, in order', () => {
    const message = problem('Entr\nType "ok"\nSlep 1');
    expect(message).toMatch(/demo\.tape:1:1: .*Enter[\s\S]*demo\.tape:3:1: .*Sleep/);
  });

  test('a sourced tape that cannot be read, or includes itself, is an error on the Source line', () => {
    expect(problem('Source missing.tape')).toContain("demo.tape:1:8: cannot read missing.tape (ENOENT: no such file, open '");
    expect(problem('Source loop.tape', {'loop.tape': 'Source loop.tape'})).toContain('would include itself');
  });

  test("a sourced tape's own mistakes name its file", () => {
    expect(problem('Source setup.tape', {'setup.tape': 'Enter\nTyp "x"'})).toContain('setup.tape:2:1: unknown command "Typ"');
  });
});
