import {readFileSync} from 'node:fs';
import {STAMP_FILE, sourceStamp} from '../../bin/source-stamp.js';

const root = new URL('../../', import.meta.url);

/** Whether dist/ was built from today's sources, as bin/termblocks.js decides (`npm test` builds first). */
export function bundleIsCurrent(): boolean {
  try {
    return JSON.parse(readFileSync(new URL(STAMP_FILE, root), 'utf8')).sources === sourceStamp(root);
  } catch {
    return false;
  }
}
