import type { UpdateDecision } from "../../src/domain/updatePlan";

/** An update that writes `changes` and nothing else: no conflicts, restyles, blocked or waiting figures. */
export function decisionWith(changes: UpdateDecision["changes"]): UpdateDecision {
  return { texts: new Map(), written: {}, changes, conflicts: [], restyles: [], blocked: [], waiting: [] };
}
