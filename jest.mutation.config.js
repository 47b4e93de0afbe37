/**
 * npm run test:mutation: only the tests of the mutated domain files (stryker.config.json), so a run fits this machine.
 * Stryker's own node environment reports per-test coverage; the jsdom test of the browser's XML parser
 * (storedReport.native.test.ts) cannot use it, and the property tests (fast-check, seconds each and random: a mutant
 * killed by chance is no evidence) and the hostile-size tests (*.hostile.test.ts: seconds each) run in `npm test` only.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testEnvironment: "@stryker-mutator/jest-runner/jest-env/node",
  testMatch: [
    "<rootDir>/tests/domain/*.test.ts",
    "<rootDir>/tests/domain/mutation/*.test.ts",
  ],
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, "\\.native\\.test\\.ts$", "\\.hostile\\.test\\.ts$"],
};
