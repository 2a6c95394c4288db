// An esbuild plugin for the bundle: Ink caches every text it has measured or wrapped
// (measure-text.js, wrap-text.js) in module-level maps that never forget, so a server
// holds every distinct string any session ever showed (typed text, chat lines, timers)
// for as long as it runs. This bounds each to LIMIT entries, forgetting all when full,
// as the output caches do (ink-output-cache.js): a miss only costs a measurement.
import {readFile} from 'node:fs/promises';

const LIMIT = 4000;
const patches = {
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

export const inkTextCaches = {
  name: 'ink-text-caches',
  setup(build) {
    build.onLoad({filter: /[\\/]ink[\\/]build[\\/](measure|wrap)-text\.js$/}, async args => {
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of patches[args.path.split(/[\\/]/).pop()]) {
        // A different Ink must fail the build loudly, not ship unpatched.
        if (!contents.includes(from)) throw new Error(`ink-text-caches: Ink's ${args.path} changed; "${from}" not found`);
        contents = contents.replace(from, to);
      }
      return {contents, loader: 'js'};
    });
  },
};
