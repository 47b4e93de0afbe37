/**
 * npm run test:mutation: only the tests of the mutated domain files (stryker.config.json), so a run fits this machine.
 * Stryker's own node environment reports per-test coverage; the jsdom test of the browser's XML parser
 * (storedReport.native.test.ts) cannot use it, and the property tests (fast-check, seconds each and random: a mutant
 * killed by chance is no evidence) and the hostile-size tests (*.hostile.test.ts: seconds each) run in `npm test` only.
 */
const base = require("./jest.config.js");

// MUTATION_TESTS="storedSchema,storedReport" narrows a one-file run (npx stryker run --mutate src/domain/X.ts) to the
// test files whose names contain one of these words; unset, every domain unit test runs.
const only = (process.env.MUTATION_TESTS ?? "").split(",").map((word) => word.trim()).filter(Boolean);
const all = ["<rootDir>/tests/domain/*.test.ts", "<rootDir>/tests/domain/mutation/*.test.ts"];

module.exports = {
  ...base,
  testEnvironment: "@stryker-mutator/jest-runner/jest-env/node",
  testMatch: only.length === 0 ? all : all.flatMap((glob) => only.map((word) => glob.replace("*.test.ts", `*${word}*.test.ts`))),
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, "\\.native\\.test\\.ts$", "\\.hostile\\.test\\.ts$"],
};
