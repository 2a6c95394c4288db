// `node --import termblocks/register app.test.ts`: TypeScript for node's own test runner
// (and any script), through the tsx that termblocks already depends on.
import {register} from 'tsx/esm/api';

register();
