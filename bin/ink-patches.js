// An esbuild plugin for the bundle: it patches Ink's caches, which a long-running
// server needs bounded and a keystroke needs shared. Each patch replaces an exact
// text; if Ink's code changes, the build fails loudly rather than ship unpatched.
//
// - output.js: Ink's Output keeps its caches of tokenized lines and string widths
//   per Output, and Ink makes a new Output for every frame, so every frame
//   re-tokenized every line on the screen (about 60% of a keystroke's cost). One
//   set of caches is shared across frames (and sessions: borders and labels
//   repeat). Cached values are never mutated by Output, so sharing them is safe.
// - measure-text.js, wrap-text.js: module-level maps that never forget, so a
//   server held every distinct string any session ever showed (typed text, chat
//   lines, timers) for as long as it ran.
//
// Every cache forgets everything when it reaches LIMIT entries: a miss only costs
// a measurement.
import {readFile} from 'node:fs/promises';

const LIMIT = 4000;

/** Per file of ink/build: the exact texts to replace, in order. */
const patches = {
  'output.js': [
    ['caches = new OutputCaches();', 'caches = SHARED_CACHES;'],
    [
      'cached = styledCharsFromTokens(tokenize(line));',
      `if (this.styledChars.size >= ${LIMIT}) this.styledChars.clear();\n            cached = styledCharsFromTokens(tokenize(line));`,
    ],
    ['let lineWidth = 0;', `if (this.blockWidths.size >= ${LIMIT}) this.blockWidths.clear();\n            let lineWidth = 0;`],
    [
      'cached = stringWidth(text);',
      `if (this.widths.size >= ${LIMIT}) this.widths.clear();\n            cached = stringWidth(text);`,
    ],
    ['export default class Output {', `const SHARED_CACHES = new OutputCaches();\nexport default class Output {`],
  ],
  'measure-text.js': [
    ['    cache.set(text, dimensions);', `    if (cache.size >= ${LIMIT}) cache.clear();\n    cache.set(text, dimensions);`],
  ],
  'wrap-text.js': [
    ['const cache = {};', 'let cache = {};\nlet cacheSize = 0;'],
    [
      '    cache[cacheKey] = wrappedText;',
      `    if (++cacheSize > ${LIMIT}) {\n        cache = {};\n        cacheSize = 1;\n    }\n    cache[cacheKey] = wrappedText;`,
    ],
  ],
};

export const inkPatches = {
  name: 'ink-patches',
  setup(build) {
    build.onLoad({filter: /[\\/]ink[\\/]build[\\/](output|measure-text|wrap-text)\.js$/}, async args => {
      const file = args.path.split(/[\\/]/).pop();
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of patches[file]) {
        if (!contents.includes(from)) throw new Error(`ink-patches: Ink's ${file} changed; "${from}" not found`);
        contents = contents.replace(from, to);
      }
      return {contents, loader: 'js'};
    });
  },
};
