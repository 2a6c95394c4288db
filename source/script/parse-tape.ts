import {readFileSync} from 'node:fs';
import {dirname, extname, resolve} from 'node:path';
import {closestName} from './closest-name.js';
import {type TapeProblem, TapeSyntaxError} from './TapeSyntaxError.js';
import {commandNames, type KeyChord, namedKeys, type SettingValue, settingNames, type TapeCommand} from './tape-commands.js';
import {LineProblem, TapeLineScanner} from './tape-line-scanner.js';
import {themeProblem} from './terminal-theme.js';

export interface ParseTapeOptions {
  /** The tape's path, for messages and to resolve `Source`; default `<tape>`. */
  file?: string;
  /** Reads a file named by `Source` (an absolute path); default the file system. */
  readSource?: (path: string) => string;
}

const modifiers = ['Ctrl', 'Alt', 'Shift'];
/** Keys a chord may end with besides one character. */
const chordKeys = [
  'Enter',
  'Tab',
  'Backspace',
  'Delete',
  'Space',
  'Escape',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
];
const numericSettings = new Set([
  'Width',
  'Height',
  'Columns',
  'Rows',
  'FontSize',
  'LetterSpacing',
  'LineHeight',
  'Padding',
  'Margin',
  'BorderRadius',
  'Framerate',
  'PlaybackSpeed',
  'LoopOffset',
  'WindowBarSize',
]);
const cellSettings = new Set(['Columns', 'Rows']);
const durationSettings = new Set(['TypingSpeed', 'WaitTimeout']);

/**
 * Parses a tape: VHS's language (https://github.com/charmbracelet/vhs) where it
 * applies, plus `Expect`, `ExpectNot`, `Resize`, and the mouse's `Click` and
 * `Scroll` (with `Set Mouse`). `Source` is inlined here, so
 * the runner sees one flat list. Every problem in the tape is reported at once,
 * each with its line and column; a misspelt command comes with a suggestion.
 */
export function parseTape(text: string, options: ParseTapeOptions = {}): TapeCommand[] {
  const problems: TapeProblem[] = [];
  const file = options.file ?? '<tape>';
  const readSource = options.readSource ?? ((path: string) => readFileSync(path, 'utf8'));
  const commands = parseFile(text, file, readSource, problems, [file]);
  if (problems.length > 0) throw new TapeSyntaxError(problems);
  return commands;
}

function parseFile(
  text: string,
  file: string,
  readSource: (path: string) => string,
  problems: TapeProblem[],
  sourcing: string[],
): TapeCommand[] {
  const commands: TapeCommand[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const line = index + 1;
    const scanner = new TapeLineScanner(lineText);
    // As in VHS, a line may hold several commands: `Type "ls" Sleep 500ms Enter`.
    while (!scanner.atEnd()) {
      try {
        const command = parseOne(scanner, file, line);
        if (command.type === 'Source') {
          commands.push(...sourceTape(command, file, readSource, problems, sourcing));
        } else commands.push(command);
      } catch (error) {
        if (!(error instanceof LineProblem)) throw error;
        problems.push({at: scanner.location(file, line, error.column), message: error.message});
        return;
      }
    }
  });
  return commands;
}

type SourceCommand = {type: 'Source'; path: string; at: TapeCommand['at']};

/** Inlines a sourced tape, as VHS does: its `Output` lines are dropped, the outer tape decides where recordings go. */
function sourceTape(
  command: SourceCommand,
  file: string,
  readSource: (path: string) => string,
  problems: TapeProblem[],
  sourcing: string[],
): TapeCommand[] {
  const path = resolve(dirname(file), command.path);
  if (sourcing.includes(path)) {
    throw new LineProblem(`Source ${command.path} would include itself (through ${sourcing.join(' -> ')})`, 8);
  }
  let text: string;
  try {
    text = readSource(path);
  } catch (error) {
    throw new LineProblem(`cannot read ${command.path} (${(error as Error).message}): check the path, relative to this tape`, 8);
  }
  return parseFile(text, path, readSource, problems, [...sourcing, path]).filter(c => c.type !== 'Output');
}

function parseOne(s: TapeLineScanner, file: string, line: number): TapeCommand | SourceCommand {
  const at = s.location(file, line);
  const head = s.word();
  if (head === '') throw new LineProblem(`expected a command, found "${s.peek()}"`, s.column);
  const command = parseCommand(head, s, at);
  if (!s.atEnd() && !startsCommand(s)) {
    const column = s.column;
    throw new LineProblem(`unexpected "${s.rest()}" after ${head}`, column);
  }
  return command;
}

/** Whether the next word on the line is a command, so another command follows on the same line. */
function startsCommand(s: TapeLineScanner): boolean {
  s.skipSpaces();
  return (commandNames as readonly string[]).includes(s.peekWord()) || refusedCommands.has(s.peekWord());
}

/** Words a tape may use that are not VHS's language, and why they are refused. */
const refusedCommands = new Map([
  ['Subtitle', "Subtitle is not in VHS's language and recordings here draw no subtitles: remove it"],
]);

function parseCommand(head: string, s: TapeLineScanner, at: TapeCommand['at']): TapeCommand | SourceCommand {
  switch (head) {
    case 'Output':
      return {type: 'Output', path: checkedPath(s, head, outputFormats), at};
    case 'Screenshot':
      return {type: 'Screenshot', path: checkedPath(s, head, screenshotFormats), at};
    case 'Source':
      return {type: 'Source', path: pathArgument(s, head), at};
    case 'Require':
      return {type: 'Require', program: pathArgument(s, head), at};
    case 'Set':
      return {type: 'Set', setting: setting(s), at};
    case 'Type': {
      const speedMs = optionalSpeed(s);
      return {type: 'Type', text: strings(s, head), speedMs, at};
    }
    case 'Copy':
      return {type: 'Copy', text: strings(s, head), at};
    case 'Sleep':
      s.skipSpaces();
      if (s.atEnd()) throw new LineProblem('Sleep needs a time, e.g. Sleep 500ms, Sleep 2s or Sleep 1.5', s.column);
      return {type: 'Sleep', ms: duration(s), at};
    case 'Wait':
      return wait(s, at);
    case 'Hide':
    case 'Show':
    case 'Paste':
      return {type: head, at};
    case 'Env': {
      s.skipSpaces();
      const name = s.word();
      if (name === '') throw new LineProblem('Env needs a name and a value, e.g. Env NAME "value"', s.column);
      s.skipSpaces();
      if (!s.startsString() && !startsBareString(s))
        throw new LineProblem(`Env ${name} needs a value, e.g. Env ${name} "value"`, s.column);
      return {type: 'Env', name, value: s.startsString() ? s.string() : identifier(s), at};
    }
    case 'Expect':
    case 'ExpectNot': {
      s.skipSpaces();
      if (s.peek() === '/') return {type: 'Expect', negate: head === 'ExpectNot', pattern: s.regex(), at};
      if (!s.startsString()) throw new LineProblem(`${head} needs a "text" or a /regular expression/`, s.column);
      return {type: 'Expect', negate: head === 'ExpectNot', pattern: s.string(), at};
    }
    case 'Resize': {
      const columns = positiveInteger(s, 'Resize needs a size in cells, e.g. Resize 100 30');
      const rows = positiveInteger(s, 'Resize needs a size in cells, e.g. Resize 100 30');
      return {type: 'Resize', columns, rows, at};
    }
    case 'Click':
      s.skipSpaces();
      if (!s.startsString()) throw new LineProblem('Click needs the text it clicks in quotes, e.g. Click "Submit"', s.column);
      return {type: 'Click', target: s.string(), at};
    case 'Scroll':
      return scroll(s, at);
    case 'Ctrl':
    case 'Alt':
    case 'Shift':
      return keyCommand(chord(head, s), s, at);
    default:
      if ((namedKeys as readonly string[]).includes(head)) {
        return keyCommand({name: head, ctrl: false, alt: false, shift: false, key: head}, s, at);
      }
      if (refusedCommands.has(head)) throw new LineProblem(refusedCommands.get(head)!, at.column);
      throw new LineProblem(unknownCommand(head), at.column);
  }
}

function unknownCommand(head: string): string {
  if ((settingNames as readonly string[]).includes(head)) return `unknown command "${head}": did you mean "Set ${head}"?`;
  const suggestion = closestName(head, commandNames);
  const hint = suggestion ? `did you mean "${suggestion}"?` : `commands are ${commandNames.join(', ')}`;
  return `unknown command "${head}": ${hint}`;
}

function keyCommand(chord: KeyChord, s: TapeLineScanner, at: TapeCommand['at']): TapeCommand {
  const speedMs = optionalSpeed(s);
  s.skipSpaces();
  const count =
    s.atEnd() || startsCommand(s) ? 1 : positiveInteger(s, `${chord.name} takes an optional count, e.g. ${chord.name} 3`);
  return {type: 'Key', chord, speedMs, count, at};
}

/** `Ctrl+C`, `Ctrl+Alt+x`, `Alt+Enter`, `Shift+Tab`: modifiers first, then one key. */
function chord(head: string, s: TapeLineScanner): KeyChord {
  const held = [head];
  let key: string | undefined;
  while (s.accept('+')) {
    const column = s.column;
    if (key !== undefined)
      throw new LineProblem(`modifiers come before the key: ${[...held, key].join('+')} already names a key`, column);
    const part = /[A-Za-z0-9]/.test(s.peek()) ? s.word() : s.char();
    if (part.trim() === '') throw new LineProblem(`${held.join('+')}+ needs a key after the +`, column);
    if (modifiers.includes(part)) held.push(part);
    else if (part.length === 1 || chordKeys.includes(part)) key = part;
    else {
      const suggestion = closestName(part, [...chordKeys, ...modifiers]);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `use one character or one of ${chordKeys.join(', ')}`;
      throw new LineProblem(`"${part}" is not a key: ${hint}`, column);
    }
  }
  if (key === undefined) {
    throw new LineProblem(`${held.join('+')} needs a key, e.g. ${head}+${head === 'Shift' ? 'Tab' : 'C'}`, s.column);
  }
  const name = [...held, key].join('+');
  return {name, ctrl: held.includes('Ctrl'), alt: held.includes('Alt'), shift: held.includes('Shift'), key};
}

function wait(s: TapeLineScanner, at: TapeCommand['at']): TapeCommand {
  let scope: 'Screen' | 'Line' = 'Line';
  if (s.accept('+')) {
    const column = s.column;
    const word = s.word();
    if (word !== 'Screen' && word !== 'Line') throw new LineProblem(`Wait+ takes Screen or Line, not "${word}"`, column);
    scope = word;
  }
  const timeoutMs = optionalSpeed(s);
  if (timeoutMs === 0) throw new LineProblem('Wait needs a timeout above zero', at.column);
  s.skipSpaces();
  const pattern = s.atEnd() || startsCommand(s) ? undefined : s.regex();
  return {type: 'Wait', scope, timeoutMs, pattern, at};
}

/** `Scroll Up|Down [notches] ["text"]`: the wheel over what shows that text, or over the page. */
function scroll(s: TapeLineScanner, at: TapeCommand['at']): TapeCommand {
  const usage = 'Scroll takes Up or Down, then a count and the text to scroll over if wanted, e.g. Scroll Down 3 "Chat"';
  s.skipSpaces();
  const column = s.column;
  const direction = s.word();
  if (direction !== 'Up' && direction !== 'Down') throw new LineProblem(usage, column);
  s.skipSpaces();
  const count = s.startsNumber() ? positiveInteger(s, usage) : 1;
  s.skipSpaces();
  const target = s.startsString() ? s.string() : undefined;
  return {type: 'Scroll', down: direction === 'Down', count, target, at};
}

function setting(s: TapeLineScanner): SettingValue {
  s.skipSpaces();
  const column = s.column;
  const name = s.word();
  if (!(settingNames as readonly string[]).includes(name)) {
    const suggestion = closestName(name, settingNames);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `settings are ${settingNames.join(', ')}`;
    throw new LineProblem(name === '' ? `Set needs a setting: ${hint}` : `unknown setting "${name}": ${hint}`, column);
  }
  s.skipSpaces();
  if (s.atEnd()) throw new LineProblem(`Set ${name} needs a value`, s.column);
  if (durationSettings.has(name)) return {name, value: duration(s)};
  if (cellSettings.has(name)) return {name, value: positiveInteger(s, `Set ${name} needs a whole number of cells`)};
  if (numericSettings.has(name)) {
    const {value, unit, column: at} = s.number();
    const allowed = name === 'LoopOffset' ? ['', '%'] : ['', 'px'];
    if (!allowed.includes(unit)) throw new LineProblem(`Set ${name} takes a number, not "${value}${unit}"`, at);
    return {name, value};
  }
  if (name === 'WaitPattern') return {name, value: s.peek() === '/' ? s.regex().source : stringOrBare(s)};
  const valueColumn = s.column;
  const quoted = s.startsString();
  const value = name === 'Theme' && s.peek() === '{' ? s.json() : stringOrBare(s);
  // `Set Theme Catppuccin Mocha`: VHS reads one word too; say the name wants quotes rather than that "Catppuccin" is unknown.
  const whole = `${value} ${s.text
    .slice(s.column - 1)
    .replace(/#.*/, '')
    .trim()}`;
  if (name === 'Theme' && !quoted && themeProblem(value) && !themeProblem(whole))
    throw new LineProblem(`a theme name with spaces goes in quotes: Set Theme "${whole}"`, valueColumn);
  const problem = settingProblem(name, value);
  if (problem) throw new LineProblem(problem, valueColumn);
  return {name, value};
}

const windowBars = ['Colorful', 'ColorfulRight', 'Rings', 'RingsRight'];

/** What is wrong with a setting's text value, if anything. */
function settingProblem(name: string, value: string): string | undefined {
  switch (name) {
    case 'Theme':
      return themeProblem(value);
    case 'WindowBar': {
      if (windowBars.includes(value)) return undefined;
      const suggestion = closestName(value, windowBars);
      return `"${value}" is not a window bar: ${suggestion ? `did you mean "${suggestion}"?` : `use ${windowBars.join(', ')}`}`;
    }
    case 'MarginFill':
      if (/^#[0-9a-fA-F]{6}$/.test(value)) return undefined;
      if (value.startsWith('#')) return `"${value}" is not a colour: use #rrggbb, e.g. "#6B50FF"`;
      return `Set MarginFill takes a colour here, e.g. "#6B50FF": an image file as the margin ("${value}") is not supported`;
    case 'CursorBlink':
    case 'Mouse':
      return value === 'true' || value === 'false' ? undefined : `Set ${name} takes true or false, not "${value}"`;
    default:
      return undefined;
  }
}

/** What each command can write, by extension; `/` is a folder (PNG frames, as VHS's `Output frames/`). */
const outputFormats = ['.gif', '.mp4', '.webm', '/', '.cast', '.txt', '.ascii', '.svg'];
const screenshotFormats = ['.png', '.svg', '.txt', '.ascii'];

function checkedPath(s: TapeLineScanner, head: string, formats: readonly string[]): string {
  s.skipSpaces();
  const column = s.column;
  const path = pathArgument(s, head);
  const extension = path.endsWith('/') ? '/' : extname(path).toLowerCase();
  if (formats.includes(extension)) return path;
  const list = formats.map(f => (f === '/' ? 'a folder/ (PNG frames)' : f)).join(', ');
  const what = extension === '' ? 'has no extension' : `is a ${extension} file`;
  const hint = head === 'Output' && extension === '.png' ? '; for one image use Screenshot' : '';
  throw new LineProblem(`${head} ${path} ${what}, which is not written here: use ${list}${hint}`, column);
}

function optionalSpeed(s: TapeLineScanner): number | undefined {
  if (!s.accept('@')) return undefined;
  return duration(s);
}

/** `500ms`, `2s`, `1m`, or a bare number of seconds (`1.5`), as in VHS. */
function duration(s: TapeLineScanner): number {
  const column = s.column;
  if (!s.startsNumber()) throw new LineProblem('expected a time such as 500ms, 2s or 1.5', column);
  const {value, unit} = s.number();
  const scale: Record<string, number> = {'': 1000, s: 1000, ms: 1, m: 60_000};
  if (!(unit in scale)) throw new LineProblem(`unknown time unit "${unit}": use ms, s or m`, column);
  return value * scale[unit];
}

function positiveInteger(s: TapeLineScanner, message: string): number {
  s.skipSpaces();
  const column = s.column;
  if (!s.startsNumber()) throw new LineProblem(message, column);
  const {value, unit} = s.number();
  if (unit !== '' || !Number.isInteger(value) || value < 1) throw new LineProblem(message, column);
  return value;
}

/** Words VHS's lexer reads as keywords, never as a bare string. */
const keywords = new Set<string>([...commandNames, ...settingNames, 'true', 'false', 'ms', 's', 'm', 'em', 'px']);

/** A bare word that VHS takes as a string (`Type o`, `Env HELLO WORLD`): any word that is not a keyword. */
function startsBareString(s: TapeLineScanner): boolean {
  const word = s.peekIdentifier();
  return word !== '' && !keywords.has(word) && !refusedCommands.has(word);
}

/** One or more strings, quoted or bare words; VHS joins several with a space (`Type "a" "b"` types `a b`). */
function strings(s: TapeLineScanner, head: string): string {
  s.skipSpaces();
  if (!s.startsString() && !startsBareString(s)) {
    const word = s.peekIdentifier();
    const keyword = keywords.has(word)
      ? `: "${word}" is a command word, so put it in quotes to ${head === 'Type' ? 'type' : 'copy'} it`
      : '';
    throw new LineProblem(`${head} needs a string in quotes, e.g. ${head} "hello"${keyword}`, s.column);
  }
  const parts: string[] = [];
  while (s.startsString() || startsBareString(s)) {
    parts.push(s.startsString() ? s.string() : identifier(s));
    s.skipSpaces();
  }
  return parts.join(' ');
}

function identifier(s: TapeLineScanner): string {
  const word = s.peekIdentifier();
  for (let i = 0; i < word.length; i++) s.char();
  return word;
}

function pathArgument(s: TapeLineScanner, head: string): string {
  s.skipSpaces();
  if (s.atEnd())
    throw new LineProblem(`${head} needs a file name, e.g. ${head} demo.${head === 'Screenshot' ? 'svg' : 'txt'}`, s.column);
  return stringOrBare(s);
}

function stringOrBare(s: TapeLineScanner): string {
  return s.startsString() ? s.string() : s.bare();
}
