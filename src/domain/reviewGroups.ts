/**
 * Which tracked figures a leader must accept or reject together. A typed figure and what is computed from it
 * (percentages, sums, counts of lists) only add up together, so rejecting «Hồ sơ tiếp nhận» alone would leave its
 * percentages describing a figure the report no longer shows. The links come from the definition's formulas: two
 * figures are linked when one is computed from the other, or both feed the same computed figure; the period texts
 * move together. A group is every pending figure reachable through such links.
 */
import { inputsOf } from "./compute";
import type { ReportDefinition } from "./report";
import type { FieldId } from "./types";

const PERIOD = "#period";

function links(report: ReportDefinition): Map<FieldId, Set<FieldId>> {
  const graph = new Map<FieldId, Set<FieldId>>();
  const link = (a: FieldId, b: FieldId) => {
    graph.set(a, (graph.get(a) ?? new Set()).add(b));
    graph.set(b, (graph.get(b) ?? new Set()).add(a));
  };
  for (const field of report.fields) {
    if (!field.formula) continue;
    if (field.formula.op === "period") link(field.id, PERIOD);
    for (const input of inputsOf(field.formula)) link(field.id, input);
  }
  return graph;
}

/** The pending figures reviewed together, each group in the definition's order, groups in the order of their first figure. */
export function reviewGroups(report: ReportDefinition, pending: readonly FieldId[]): FieldId[][] {
  const graph = links(report);
  const waiting = new Set(pending);
  const order = new Map(report.fields.map((f, i) => [f.id, i]));
  const rank = (id: FieldId) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const groups: FieldId[][] = [];
  const seen = new Set<FieldId>();
  for (const start of [...waiting].sort((a, b) => rank(a) - rank(b))) {
    if (seen.has(start)) continue;
    const group: FieldId[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (waiting.has(id)) group.push(id);
      for (const next of graph.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    groups.push(group.sort((a, b) => rank(a) - rank(b)));
  }
  return groups;
}

/** The group a figure is reviewed with (itself alone when nothing pending is linked to it). */
export function reviewGroupOf(report: ReportDefinition, field: FieldId, pending: readonly FieldId[]): FieldId[] {
  return reviewGroups(report, [...new Set([...pending, field])]).find((g) => g.includes(field)) ?? [field];
}
