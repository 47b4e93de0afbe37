/**
 * «Thủ trưởng các sở, ngành: 06 lượt, 07 người», «các cấp tiếp 41 lượt với 57 người», «tiếp 09 lượt/10 lượt người»:
 * visits and the people who came are one act counted two ways, written side by side. Once the visits are bound to
 * a figure, the people written right after them are that act's people: the form's people figure paired with it.
 *
 * Which people figure pairs with which visits figure is read from the form's data, never named here: an «atMost»
 * rule whose small side counts visits and whose big side counts people (each level's «lượt ≤ người»); two sums whose
 * parts pair one by one (the month's visits and people, summed over the levels); two figures carried from a pair
 * (last month's visits and people). Bounded: only the number right after the visits, within their clause.
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { NumberToken } from "../numbers";
import type { Occurrence, Recognition } from "../types";
import { countsPeoplePerVisit } from "./perVisitPeople";

const VISITS = "lượt";
const PEOPLE = "người";
/** Between the visits and their people: the visits' unit, then «/», «với», «,», «và» or a bracket. */
const BETWEEN = /^\s*lượt(?:\s+tiếp)?(?:\s+công\s+dân)?\s*(?:\/|,|\(|với|và)\s*$/iu;

const memo = new WeakMap<ReportDefinition, ReadonlyMap<FieldId, FieldId>>();

/** Each visits figure with the people figure the form pairs it with (read once per form). */
export function visitPeoplePairs(report: ReportDefinition): ReadonlyMap<FieldId, FieldId> {
  let pairs = memo.get(report);
  if (!pairs) memo.set(report, (pairs = readPairs(report)));
  return pairs;
}

function readPairs(report: ReportDefinition): Map<FieldId, FieldId> {
  const pairs = new Map<FieldId, FieldId>();
  const unitOf = (id: FieldId) => report.byId.get(id)?.unit;
  const pair = (visits: FieldId, people: FieldId) => {
    if (unitOf(visits) === VISITS && unitOf(people) === PEOPLE && !pairs.has(visits)) pairs.set(visits, people);
  };
  for (const rule of report.rules) if (rule.kind === "atMost" && typeof rule.big === "string") pair(rule.small, rule.big);
  const sums = report.fields.filter((f) => f.formula?.op === "sum");
  for (const a of sums) {
    for (const b of sums) {
      const of = (f: FieldDef) => (f.formula?.op === "sum" ? f.formula.of : []);
      const [pa, pb] = [of(a), of(b)];
      if (pa.length > 0 && pa.length === pb.length && pa.every((id, i) => pairs.get(id) === pb[i])) pair(a.id, b.id);
    }
  }
  for (const a of report.fields) {
    for (const b of report.fields) {
      const [fa, fb] = [a.carriedFrom, b.carriedFrom];
      if (fa && fb && fa !== "period" && fb !== "period" && a.section === b.section && pairs.get(fa) === fb) pair(a.id, b.id);
    }
  }
  return pairs;
}

/**
 * Binds each open people figure to the people written right after its bound visits. `tokens` are the text's numbers
 * in order; `vetoed` is the precision layer's refusal. A number another figure holds is never taken.
 */
export function bindVisitPeople(
  text: string,
  report: ReportDefinition,
  tokens: readonly NumberToken[],
  result: Map<FieldId, Recognition>,
  vetoed: (field: FieldDef, o: Occurrence) => boolean,
  occurrenceOf: (t: NumberToken) => Occurrence,
): void {
  const held = new Set<number>();
  for (const r of result.values()) if (r.state === "bound") for (const o of r.occurrences) held.add(o.start);
  for (const [visits, people] of visitPeoplePairs(report)) {
    const v = result.get(visits);
    const p = result.get(people);
    const field = report.byId.get(people);
    if (v?.state !== "bound" || p === undefined || p.state === "bound" || !field) continue;
    const after: NumberToken[] = [];
    for (const o of v.occurrences) {
      const next = tokens[firstFrom(tokens, o.end)];
      if (!next || next.kind !== "count" || !BETWEEN.test(text.slice(o.end, next.start))) continue;
      if (countedAsPeople(text, next)) after.push(next);
    }
    // Visits stated twice with their people: the people must agree too.
    if (after.length === 0 || new Set(after.map((t) => t.value)).size > 1) continue;
    const found = after.map(occurrenceOf);
    if (found.some((o) => held.has(o.start) || vetoed(field, o))) continue;
    result.set(people, { state: "bound", occurrences: found });
    for (const o of found) held.add(o.start);
  }
}

/** «57 người», «10 lượt người»: the number right after the visits counts people. */
function countedAsPeople(text: string, token: NumberToken): boolean {
  return countsPeoplePerVisit(text, token.end) || /^\s+người(?![\p{L}\p{M}])/u.test(text.slice(token.end, token.end + 12).normalize("NFC"));
}

/** The first token starting at or after `at` (tokens are in text order). */
function firstFrom(tokens: readonly NumberToken[], at: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
