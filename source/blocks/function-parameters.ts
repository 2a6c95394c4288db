/**
 * The names of a function's parameters, read from its source as Gradio reads a
 * Python function's signature, so an Interface can label its inputs after them.
 * A parameter without a plain name (destructured) is `undefined`; a rest
 * parameter ends the list, as `*args` is not among Python's positional names.
 */
export function parameterNames(fn: Function): (string | undefined)[] {
  const source = Function.prototype.toString.call(fn);
  const list = parameterList(source);
  if (list === undefined) return [];
  const names: (string | undefined)[] = [];
  for (const param of splitTopLevel(list)) {
    const text = stripComments(param).trim();
    if (text === '' || text.startsWith('...')) break;
    const name = /^[A-Za-z_$][\w$]*/.exec(text)?.[0];
    names.push(name);
  }
  return names;
}

/** The text between a function's parameter parentheses, or a lone arrow parameter; undefined for native code. */
function parameterList(source: string): string | undefined {
  const head = source.trimStart();
  const bare = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(head);
  if (bare && !/^(?:async\s+)?function\b/.test(head)) return bare[1];
  const open = head.indexOf('(');
  if (open < 0) return undefined;
  const close = matching(head, open);
  if (close < 0) return undefined;
  const list = head.slice(open + 1, close);
  return /\[native code\]/.test(head) ? undefined : list;
}

/** The index of the bracket closing the one at `open`, skipping strings and template literals. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`' || c === '/') {
      i = skipString(text, i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Skips a string, template literal or comment starting at `start`; returns the index of its last character. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  if (quote === '/') {
    const next = text[start + 1];
    if (next === '/') return text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    if (next === '*') return text.indexOf('*/', start + 2) < 0 ? text.length : text.indexOf('*/', start + 2) + 1;
    return start;
  }
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** Splits a parameter list at its top-level commas (not those inside defaults or destructuring). */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '"' || c === "'" || c === '`' || c === '/') i = skipString(list, i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/**
 * How many of a function's leading parameters have neither a default nor `...`:
 * the ones a caller must fill. The engine counts exactly these as `fn.length`, for
 * bound and native functions too, where the source cannot be read, so no parsing
 * is needed. A value appended after that many arguments lands in a plain parameter.
 */
export function requiredParameterCount(fn: Function): number {
  return fn.length;
}
