/** Jest: unit, emulator contract, integration and bundle tests (e2e runs separately in Chromium). */
module.exports = {
  testEnvironment: 'node',
  // jest's default is one worker fewer than the cores: on a 2-core CI machine that is a single worker.
  maxWorkers: 2,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/test/e2e/'],
  globalSetup: '<rootDir>/test/bundle/global-setup.ts',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true }, diagnostics: false },
    ],
  },
  reporters: ['default', ['<rootDir>/tools/jest-count-reporter.cjs', {}]],
};
