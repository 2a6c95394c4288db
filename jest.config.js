/** Jest runs the TypeScript sources directly, in ESM mode, through swc. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
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
  moduleNameMapper: {'^termblocks$': '<rootDir>/source/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1'},
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  testTimeout: 20000,
  // A leaked handle must never keep CI waiting until its timeout: exit when the tests are
  // done, and name what was left running (see the reporter).
  forceExit: true,
  reporters: ['default', '<rootDir>/__tests__/reporters/leftovers.js'],
};
