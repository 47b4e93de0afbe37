/** Unit, store, UI and gateway tests. Browser tests live in tests/browser and run through scripts/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/tests/support/jsdomSetup.ts"],
  testPathIgnorePatterns: ["/tests/browser/"],
  // Rendering Fluent UI in jsdom takes seconds on a busy two-core machine, and a test typing into the pane took over
  // 30 s with the machine loaded twelvefold (stop 16); the tests wait for states, this is only the ceiling of a hang.
  testTimeout: 90_000,
  // Both cores: jest's default leaves one for itself, and CI's two-core machine ran the unit tests one file at a time
  // (stop 50's CI missed its 90 minutes). The corpus suites are dealt over several files for this.
  maxWorkers: 2,
  testSequencer: "<rootDir>/tests/support/longFirstSequencer.js",
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
  },
  moduleNameMapper: {
    "\\.css$": "<rootDir>/tests/support/styleStub.js",
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
