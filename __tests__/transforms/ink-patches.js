// Jest loads Ink as the bundle ships it: each file that bin/ink-patches.js patches at build
// time is patched here as Jest loads it, so the unit tests draw with the same Ink as users.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {PATCHED_FILES, patchText} from '../../bin/ink-patches.js';

const normalized = path => path.replaceAll('\\', '/');
// Jest caches what a transform returns by the file's text alone: a changed patch must miss it.
const patches = readFileSync(new URL('../../bin/ink-patches.js', import.meta.url), 'utf8');

export default {
  getCacheKey(source, path) {
    return createHash('sha1').update(patches).update('\0').update(path).update('\0').update(source).digest('hex');
  },
  process(source, path) {
    const target = PATCHED_FILES.find(t => normalized(path).endsWith(`/node_modules/${t.module}/${t.file}`));
    return {code: target ? patchText(target, source) : source};
  },
};
