import type {TapeLocation} from './tape-commands.js';

/** A mistake at a column of the line being scanned; the parser adds the file and line. */
export class LineProblem extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

const quotes = new Set(['"', "'", '`']);

/**
 * Reads one line of a tape left to right. Every read records the column it
 * started at (from 1), so any mistake can be pointed at exactly.
 */
export class TapeLineScanner {
  private position = 0;

  constructor(readonly text: string) {}

  /** The column (from 1) of the next character to read. */
  get column(): number {
    return this.position + 1;
  }

  location(file: string, line: number, column = this.column): TapeLocation {
    return {file, line, column, text: this.text};
  }

  skipSpaces(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position])) this.position++;
  }

  /** True when only spaces, or a `#` comment, remain. */
  atEnd(): boolean {
    this.skipSpaces();
    return this.position >= this.text.length || this.text[this.position] === '#';
  }

  peek(): string {
    return this.text[this.position] ?? '';
  }

  /** Consumes `char` if it is next (no space skipped). */
  accept(char: string): boolean {
    if (this.text[this.position] !== char) return false;
    this.position++;
    return true;
  }

  /** A run of letters and digits, possibly empty. */
  word(): string {
    const start = this.position;
    while (this.position < this.text.length && /[A-Za-z0-9_]/.test(this.text[this.position])) this.position++;
    return this.text.slice(start, this.position);
  }

  /** The word `word()` would read, without reading it. */
  peekWord(): string {
    return /^[A-Za-z0-9_]*/.exec(this.text.slice(this.position))![0];
  }

  /** A JSON object up to its closing brace (as VHS's lexer reads `Set Theme {...}`); braces inside strings count not. */
  json(): string {
    const column = this.column;
    let depth = 0;
    let inString = false;
    for (let i = this.position; i < this.text.length; i++) {
      const char = this.text[i];
      if (inString) {
        if (char === '\\') i++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        const value = this.text.slice(this.position, i + 1);
        this.position = i + 1;
        return value;
      }
    }
    throw new LineProblem('this JSON object has no closing }', column);
  }

  /** One character, whatever it is ('' at the end of the line). */
  char(): string {
    const char = this.text[this.position] ?? '';
    if (char !== '') this.position++;
    return char;
  }

  /** A bare word as VHS's lexer reads one (`o`, `WORLD`, `my-file.txt`), or '' when none starts here. */
  peekIdentifier(): string {
    return /^(?:[A-Za-z]|\.(?!\d))[A-Za-z0-9._\-/%]*/.exec(this.text.slice(this.position))?.[0] ?? '';
  }

  /** Everything up to the next space: a bare file name or value. */
  bare(): string {
    const start = this.position;
    while (this.position < this.text.length && !/\s/.test(this.text[this.position])) this.position++;
    return this.text.slice(start, this.position);
  }

  /** The rest of the line, trimmed (for values such as a JSON theme). */
  rest(): string {
    const value = this.text.slice(this.position).trim();
    this.position = this.text.length;
    return value;
  }

  startsString(): boolean {
    return quotes.has(this.peek());
  }

  /** A string in "double", 'single' or `back` quotes, as in VHS: no escapes, use another quote to include one. */
  string(): string {
    const column = this.column;
    const quote = this.text[this.position];
    if (!quotes.has(quote)) throw new LineProblem('expected a string in quotes, e.g. "hello"', column);
    const end = this.text.indexOf(quote, this.position + 1);
    if (end < 0) throw new LineProblem(`this string has no closing ${quote}`, column);
    const value = this.text.slice(this.position + 1, end);
    this.position = end + 1;
    return value;
  }

  /** A /regular expression/; `\/` stands for a slash inside it. */
  regex(): RegExp {
    const column = this.column;
    if (this.peek() !== '/') throw new LineProblem('expected a /regular expression/', column);
    let source = '';
    let i = this.position + 1;
    for (; i < this.text.length && this.text[i] !== '/'; i++) {
      // As VHS's lexer: a backslash escapes the next character, so `/a\\/` ends after the pair.
      if (this.text[i] === '\\' && i + 1 < this.text.length) {
        source += this.text[i + 1] === '/' ? '/' : this.text.slice(i, i + 2);
        i++;
      } else source += this.text[i];
    }
    if (i >= this.text.length) throw new LineProblem('this regular expression has no closing /', column);
    this.position = i + 1;
    try {
      return new RegExp(source, 'm');
    } catch (error) {
      throw new LineProblem(`invalid regular expression /${source}/: ${(error as Error).message}`, column);
    }
  }

  startsNumber(): boolean {
    return /[0-9.]/.test(this.peek());
  }

  /** A number with an optional unit glued to it: `500ms`, `2s`, `1.5`, `80`, `20%`. */
  number(): {value: number; unit: string; column: number} {
    const column = this.column;
    const match = /^(\d+(?:\.\d+)?|\.\d+)([A-Za-z%]*)/.exec(this.text.slice(this.position));
    if (!match) throw new LineProblem('expected a number', column);
    this.position += match[0].length;
    return {value: Number(match[1]), unit: match[2], column};
  }
}
