/** Browser tests: the built add-in (dist/) served on localhost and driven in Debian's Chromium by playwright-core. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  globalSetup: "<rootDir>/tests/browser/support/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/browser/support/globalTeardown.ts",
  testTimeout: 60_000,
  maxWorkers: 1,
};
