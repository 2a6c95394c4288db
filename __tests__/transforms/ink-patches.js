// Jest loads Ink as the bundle ships it: each file that bin/ink-patches.js patches at build
// time is patched here as Jest loads it, so the unit tests draw with the same Ink as users.
import {PATCHED_FILES, patchText} from '../../bin/ink-patches.js';

const normalized = path => path.replaceAll('\\', '/');

export default {
  process(source, path) {
    const target = PATCHED_FILES.find(t => normalized(path).endsWith(`/node_modules/${t.module}/${t.file}`));
    return {code: target ? patchText(target, source) : source};
  },
};
