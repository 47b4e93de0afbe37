/**
 * Stands in for @fluentui/tokens' `tokens` table in the production build (webpack.config.js). That table maps each of
 * ~470 token names to a CSS variable, `colorNeutralForeground1` → `var(--colorNeutralForeground1)`. Fluent's style
 * modules keep reading it at load time even after their CSS was extracted, so the whole table (30 kB, 5 kB gzip) stayed
 * in the pane's first load. The mapping is a rule, so this computes it instead; tests/taskpane/fluentTokens.test.ts
 * checks it against the real table for every name, so a Fluent update that breaks the rule fails there.
 */

/** The only tokens whose variable carries a fallback: stacking order, which no theme sets. */
const Z_INDEX_FALLBACK: Readonly<Record<string, number>> = {
  zIndexBackground: 0,
  zIndexContent: 1,
  zIndexOverlay: 1000,
  zIndexPopup: 2000,
  zIndexMessages: 3000,
  zIndexFloating: 4000,
  zIndexPriority: 5000,
  zIndexDebug: 6000,
};

export function tokenVariable(name: string): string {
  const fallback = Z_INDEX_FALLBACK[name];
  return fallback === undefined ? `var(--${name})` : `var(--${name}, ${fallback})`;
}

export const tokens: Record<string, string> = new Proxy({} as Record<string, string>, {
  get: (_table, name) => (typeof name === "string" ? tokenVariable(name) : undefined),
});
