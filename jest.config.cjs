/** Jest runs the TypeScript tests through ts-jest; integration and e2e tests load the built bundle. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
    // marked ships only as an ES module; the parser's unit tests load it through this transform.
    '/node_modules/marked/.+\\.js$': '<rootDir>/tests/support/esmToCommonJs.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!marked/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
};
