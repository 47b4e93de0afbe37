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
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
  },
  moduleNameMapper: {
    "\\.css$": "<rootDir>/tests/support/styleStub.js",
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
