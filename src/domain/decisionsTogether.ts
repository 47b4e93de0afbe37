/**
 * Changes under review that only agree together, though no formula joins them. Walk finding (walk51, 9): a clerk
 * raised both the staff allotted and the staff in post; the leader accepted the one and rejected the other on two
 * separate cards, and learned only from the clerk's tab afterwards that «in post ≤ allotted» no longer held. Formulas
 * already join a figure and what is computed from it into one card (reviewGroups.ts); a rule between two cards can
 * still be broken by deciding them apart, so each card names the others it must agree with, and what would break.
 *
 * Decided by trying it: every card is rejected alone (its figures back to the text Word tracks as deleted) while the
 * others stand as changed. A problem that appears then, and not with every change standing, naming a figure of
 * another card, links the two cards, both ways (accepting the one and rejecting the other breaks it).
 */
import { inputsOf } from "./compute";
import type { ReportDefinition } from "./report";
import type { FieldId, Period } from "./types";
import { validateEachRule, type RawFigures } from "./validate";

export interface CardChange {
  field: FieldId;
  /** The text before the change (null when Word does not say: then the card is not tried). */
  before: string | null;
  after: string;
}

export interface Together {
  /** The other card, by its index in `cards`. */
  card: number;
  /** What breaks when the two are decided apart, as the check says it. */
  message: string;
}

/** Per card (index in `cards`), the other cards it agrees with only together. */
export function decisionsTogether(report: ReportDefinition, raw: RawFigures, cards: readonly (readonly CardChange[])[], period: Period): Together[][] {
  const links: Together[][] = cards.map(() => []);
  if (cards.length < 2) return links;
  const changed: Record<FieldId, string> = { ...raw };
  for (const card of cards) for (const c of card) changed[c.field] = c.after;
  // By key: a rule already broken with every change standing is no news of deciding apart, whatever its numbers then.
  const standing = new Set(validateEachRule(report, changed, period).problems.map((p) => p.key));
  const cardOf = new Map<FieldId, number>();
  cards.forEach((card, i) => card.forEach((c) => cardOf.set(c.field, i)));
  // A computed figure not itself on a card stands for the cards of the figures it is computed from.
  const cardsOf = (field: FieldId): number[] => {
    const own = cardOf.get(field);
    if (own !== undefined) return [own];
    const formula = report.byId.get(field)?.formula;
    if (!formula || formula.op === "period") return [];
    return inputsOf(formula).flatMap((input) => (cardOf.has(input) ? [cardOf.get(input)!] : []));
  };
  const link = (a: number, b: number, message: string) => {
    if (!links[a]!.some((t) => t.card === b)) links[a]!.push({ card: b, message });
  };
  cards.forEach((card, i) => {
    if (card.some((c) => c.before === null)) return;
    const rejected = { ...changed, ...Object.fromEntries(card.map((c) => [c.field, c.before!])) };
    for (const problem of validateEachRule(report, rejected, period).problems) {
      if (problem.severity !== "error" || standing.has(problem.key)) continue;
      for (const other of problem.fields.flatMap(cardsOf)) {
        if (other === i) continue;
        link(i, other, problem.message);
        link(other, i, problem.message);
      }
    }
  });
  return links;
}
