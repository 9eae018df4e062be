/** Jest runs the TypeScript tests through esbuild; integration and e2e tests load the built bundle. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '\\.ts$': '<rootDir>/tests/support/esbuildTransform.cjs',
    // marked ships only as an ES module; Jest here runs CommonJS.
    '/node_modules/marked/.+\\.js$': '<rootDir>/tests/support/esbuildTransform.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!marked/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
};
