/**
 * A number the level rules place at another level of government («Ở cấp huyện, … 13.767 hồ sơ trước hạn») does not
 * compete for a figure of the form's level: left in, it makes the right number unclear («13.529 | 13.767») even
 * when the text says plainly which is which. Only for figures whose level the form names («… tỉnh») and whose
 * organisation the document names before some number that stays in the running: without that positive evidence
 * the competition is left as it is (unclear, the clerk chooses), so a rule that misfires can never hand the figure
 * to a wrong number.
 */
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import { namesOrganisation, scopeBefore } from "./vetoPlace";
import { otherLevelAt, type VetoContext } from "./vetoes";

/** As far back as vetoPlace.scopeBefore ever reads. */
const SCOPE_WINDOW = 1500;

/** For each figure, the candidates (by index) that belong to another level. */
export function otherLevelCandidates(ctx: VetoContext, ids: readonly FieldId[], candidates: readonly Candidate[]): Map<FieldId, Set<number>> {
  const out = new Map<FieldId, Set<number>>();
  // Figures of one section ask for the same levels and name the same organisation: each number is judged once per
  // kind of ask, not once per figure.
  const byAsk = new Map<string, Set<number> | null>();
  for (const id of ids) {
    const own = ctx.fields.get(id);
    if (!own || own.level.levels.length === 0 || own.organisation === null || own.absent) continue;
    const organisation = own.organisation;
    const ask = `${String(own.level.total)} ${own.level.levels.join(",")} ${organisation.join("|")}`;
    if (!byAsk.has(ask)) {
      const other = new Set<number>();
      candidates.forEach((c, i) => {
        if (otherLevelAt(ctx, own, c.token)) other.add(i);
      });
      // The scope reaches back a bounded way: read it from a bounded window, so a text without line breaks stays cheap.
      const named = (c: Candidate) => {
        const window = ctx.text.slice(Math.max(0, c.token.start - SCOPE_WINDOW), c.token.start);
        return namesOrganisation(scopeBefore(window, window.length).normalize("NFC").toLowerCase(), organisation);
      };
      const evidence = other.size > 0 && candidates.some((c, i) => !other.has(i) && named(c));
      byAsk.set(ask, evidence ? other : null);
    }
    const other = byAsk.get(ask);
    if (other) out.set(id, other);
  }
  return out;
}
