import {PATCHED_FILES} from './bin/ink-patches.js';

/** The packages whose files the bundle patches (bin/ink-patches.js), as a path pattern. */
const patched = [...new Set(PATCHED_FILES.map(target => target.module))].map(name => name.replace('/', '[\\\\/]')).join('|');

/** Jest runs the TypeScript sources directly, in ESM mode, through swc, with Ink patched as the bundle has it. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    [`[\\\\/]node_modules[\\\\/](${patched})[\\\\/].+\\.js$`]: '<rootDir>/__tests__/transforms/ink-patches.js',
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: {syntax: 'typescript', tsx: true},
          transform: {react: {runtime: 'automatic'}},
          target: 'es2022',
        },
        module: {type: 'es6'},
      },
    ],
  },
  transformIgnorePatterns: [`[\\\\/]node_modules[\\\\/](?!(${patched})[\\\\/])`],
  moduleNameMapper: {'^termblocks$': '<rootDir>/source/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1'},
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  testTimeout: 20000,
  // A leaked handle must never keep CI waiting until its timeout: exit when the tests are
  // done, and name what was left running (see the reporter).
  forceExit: true,
  reporters: ['default', '<rootDir>/__tests__/reporters/leftovers.js'],
};
