/**
 * Changes under review that only agree together, though no formula joins them. Walk finding (walk51, 9): a clerk
 * raised both the staff allotted and the staff in post; the leader accepted the one and rejected the other on two
 * separate cards, and learned only from the clerk's tab afterwards that «in post ≤ allotted» no longer held. Formulas
 * already join a figure and what is computed from it into one card (reviewGroups.ts); a rule between two cards can
 * still be broken by deciding them apart, so each card names the others it must agree with, and what would break.
 *
 * Decided by trying it: every card is rejected alone (its figures back to the text Word tracks as deleted) while the
 * others stand as changed. A problem that appears then, and not with every change standing, naming a figure of
 * another card, links the two cards, each told which way of deciding them apart breaks the report (walk52b, 3: only
 * one way does, and the card said both).
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
  /** Which way of deciding them apart breaks: this card rejected and the other accepted, or the reverse. */
  breaksWhen: "thisRejected" | "thisAccepted";
  /** What breaks then, as the check says it. */
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
  const link = (a: number, b: number, breaksWhen: Together["breaksWhen"], message: string) => {
    if (!links[a]!.some((t) => t.card === b && t.breaksWhen === breaksWhen)) links[a]!.push({ card: b, breaksWhen, message });
  };
  cards.forEach((card, i) => {
    if (card.some((c) => c.before === null)) return;
    const rejected = { ...changed, ...Object.fromEntries(card.map((c) => [c.field, c.before!])) };
    for (const problem of validateEachRule(report, rejected, period).problems) {
      if (problem.severity !== "error" || standing.has(problem.key)) continue;
      for (const other of problem.fields.flatMap(cardsOf)) {
        if (other === i) continue;
        link(i, other, "thisRejected", problem.message);
        link(other, i, "thisAccepted", problem.message);
      }
    }
  });
  return links;
}
