/** axe-core in the page (the pane only) and Chromium's own accessibility tree for accessible names. */
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue } from "axe-core";

export interface PanelViolation {
  panel: string;
  id: string;
  impact: ImpactValue | null;
  help: string;
  nodes: string[];
}

/**
 * Tabster (Fluent's keyboard navigation) puts focusable `<i aria-hidden data-tabster-dummy>` bumpers around arrow-key
 * groups; they only pass focus on. Fluent lists this as a known aria-hidden-focus false positive, and Accessibility
 * Insights suppresses it (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Counted, not failed.
 */
const isTabsterBumper = (ruleId: string, html: string) => ruleId === "aria-hidden-focus" && /data-tabster-dummy/.test(html);

export const suppressed: string[] = [];

/** Runs axe on the task pane (#root) and returns its violations, labelled with the panel's name. */
export async function axeViolations(page: Page, panel: string): Promise<PanelViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  }
  const results = await page.evaluate(
    () => (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe.run(
      document.getElementById("root")!,
      { resultTypes: ["violations"] },
    ),
  );
  const kept: PanelViolation[] = [];
  for (const v of results.violations) {
    const nodes = v.nodes.filter((n) => !isTabsterBumper(v.id, n.html));
    suppressed.push(...v.nodes.filter((n) => isTabsterBumper(v.id, n.html)).map((n) => `${panel}: ${n.html}`));
    if (nodes.length > 0) kept.push({ panel, id: v.id, impact: v.impact ?? null, help: v.help, nodes: nodes.map((n) => n.target.join(" ")) });
  }
  return kept;
}

/** Counts by impact and one line per violation, for the test log. */
export function summarise(violations: readonly PanelViolation[]): string {
  const counts = new Map<string, number>();
  for (const v of violations) counts.set(v.impact ?? "none", (counts.get(v.impact ?? "none") ?? 0) + v.nodes.length);
  const byImpact = ["critical", "serious", "moderate", "minor"].map((i) => `${i}: ${counts.get(i) ?? 0}`).join(", ");
  const lines = violations.map((v) => `  [${v.impact}] ${v.panel} · ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.slice(0, 3).join(" | ")}`);
  const bumpers = `suppressed as Fluent's known false positive (tabster bumpers, aria-hidden-focus): ${suppressed.length} nodes${suppressed[0] ? `, e.g. ${suppressed[0]}` : ""}`;
  return [`axe violations by impact (nodes): ${byImpact}`, ...lines, bumpers].join("\n");
}

/** Every element of these roles inside the pane, with the name Chromium computes for it (CDP Accessibility). */
export async function namesByRole(page: Page, roles: readonly string[]): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#root" });
    const found: { role: string; name: string }[] = [];
    for (const role of roles) {
      const { nodes } = await cdp.send("Accessibility.queryAXTree", { nodeId, role });
      for (const node of nodes) if (!node.ignored) found.push({ role, name: String(node.name?.value ?? "").trim() });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}
