// An esbuild plugin for the bundle: Ink's Output keeps its caches of tokenized lines
// and string widths per Output, and Ink makes a new Output for every frame, so every
// frame re-tokenizes every line on the screen: about 60% of a keystroke's cost. This
// shares one bounded set of caches across frames (and sessions: borders and labels
// repeat). Cached values are never mutated by Output, so sharing them is safe.
import {readFile} from 'node:fs/promises';

const LIMIT = 4000;
const patches = [
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
];

export const inkOutputCache = {
  name: 'ink-output-cache',
  setup(build) {
    build.onLoad({filter: /[\\/]ink[\\/]build[\\/]output\.js$/}, async args => {
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of patches) {
        // A different Ink must fail the build loudly, not ship unpatched.
        if (!contents.includes(from)) throw new Error(`ink-output-cache: Ink's output.js changed; "${from}" not found`);
        contents = contents.replace(from, to);
      }
      return {contents, loader: 'js'};
    });
  },
};
