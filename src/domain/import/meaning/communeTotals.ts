/**
 * A commune's own report on a form whose totals add up levels («Tổng số lượt» = lãnh đạo UBND tỉnh + các sở + UBND
 * cấp xã): the commune is the lowest of those levels and nothing below it reports into its report, so what it
 * reports as its totals is its own level's account. Its lines on its chairman and deputies («Chủ tịch … định kỳ 09
 * lượt; Phó Chủ tịch … định kỳ 05 lượt») are that level's members' shares, never the level's figure.
 *
 * So, in a report a commune issues (communeReport.ts, judged from the header), each figure of the commune's level
 * that has a total of its own in the form's totals takes no number by itself: it is offered, unclear, at the places
 * its total was bound. One number in the text is one control in Word: the clerk says which figure holds it.
 *
 * The pairs come from the form alone (no field is named here): a sum across sections («Tổng số lượt» = … + «Lượt
 * tiếp của cấp xã») pairs its total with its part in the commune's section; two sums whose totals are paired pair
 * their parts in order («Tổng = định kỳ + đột xuất», «Cấp xã = định kỳ + đột xuất»); a bound «small ≤ big» from the
 * commune's section to the totals' pairs them too («Đoàn đông người cấp xã ≤ Số đoàn đông người»). Units must agree.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Occurrence, Recognition } from "../types";
import { COMMUNE_LEVEL } from "./communeReport";
import { sumRelations } from "./formSums";
import { levelsOf } from "./levelHeadings";
import { fieldLevel } from "./vetoText";

const pairsByForm = new WeakMap<ReportDefinition, ReadonlyMap<FieldId, FieldId>>();
const departmentPairsByForm = new WeakMap<ReportDefinition, ReadonlyMap<FieldId, FieldId>>();

/** Each figure of the form's commune level with its total's figure; empty for a form without levels. */
export function communeLevelTotals(report: ReportDefinition): ReadonlyMap<FieldId, FieldId> {
  let pairs = pairsByForm.get(report);
  if (!pairs) pairsByForm.set(report, (pairs = readPairs(report, (title) => fieldLevel(title).levels.includes(COMMUNE_LEVEL))));
  return pairs;
}

/** The level section whose title names departments («thủ trưởng các sở, ban, ngành»), when only one does. */
const DEPARTMENTS = /(?<![\p{L}])sở(?![\p{L}])/iu;

/**
 * A department's own report on such a form (departmentReport.ts): the departments' level is its own, as the
 * commune's is a commune's, and nothing below reports into it. Each figure of that level with its total's figure.
 */
export function departmentLevelTotals(report: ReportDefinition): ReadonlyMap<FieldId, FieldId> {
  let pairs = departmentPairsByForm.get(report);
  if (!pairs) departmentPairsByForm.set(report, (pairs = readPairs(report, (title) => DEPARTMENTS.test(title))));
  return pairs;
}

/** The figures of the form's other levels than the one whose title `ownTitle` accepts (none when none or several do). */
export function otherLevelFields(report: ReportDefinition, ownTitle: (title: string) => boolean): ReadonlySet<FieldId> {
  const own = ownLevelSection(report, ownTitle);
  if (own === null) return new Set();
  const { parts } = levelsOf(report);
  return new Set(report.fields.filter((f) => parts.has(f.section) && f.section !== own).map((f) => f.id));
}

/** The department level's title test, for otherLevelFields. */
export const namesDepartments = (title: string) => DEPARTMENTS.test(title);

function ownLevelSection(report: ReportDefinition, ownTitle: (title: string) => boolean): string | null {
  const { parts, totals } = levelsOf(report);
  if (parts.size < 2 || totals.size !== 1) return null;
  const found = report.sections.filter((s) => parts.has(s.id) && ownTitle(s.title));
  return found.length === 1 ? found[0]!.id : null;
}

function readPairs(report: ReportDefinition, ownTitle: (title: string) => boolean): Map<FieldId, FieldId> {
  const pairs = new Map<FieldId, FieldId>();
  const own = ownLevelSection(report, ownTitle);
  if (own === null) return pairs;
  const [whole] = levelsOf(report).totals;
  const section = (id: FieldId) => report.byId.get(id)?.section;
  const sameUnit = (a: FieldId, b: FieldId) => {
    const x = report.byId.get(a)?.unit;
    return x !== undefined && x === report.byId.get(b)?.unit;
  };
  const pair = (level: FieldId, total: FieldId) => {
    if (section(level) === own && section(total) === whole && sameUnit(level, total) && !pairs.has(level)) pairs.set(level, total);
  };
  const sums = sumRelations(report);
  for (const { total, parts: of } of sums) for (const part of of) pair(part, total);
  // Sums of each side whose totals are paired: their parts, in order.
  for (const a of sums) {
    if (section(a.total) !== own || pairs.get(a.total) === undefined) continue;
    const b = sums.find((s) => s.total === pairs.get(a.total) && s.parts.length === a.parts.length && s.parts.every((p) => section(p) === whole));
    if (b && a.parts.every((p) => section(p) === own)) a.parts.forEach((p, i) => pair(p, b.parts[i]!));
  }
  for (const r of report.rules) {
    if (r.kind !== "atMost") continue;
    for (const big of Array.isArray(r.big) ? r.big : [r.big]) pair(r.small, big);
  }
  return pairs;
}

/**
 * The commune level's figures, in a commune's own report, as its totals were read: unclear at the totals' places, or,
 * with no total bound, unclear wherever they were found (never bound by themselves).
 */
export function offerAtTotals(pairs: ReadonlyMap<FieldId, FieldId>, result: Map<FieldId, Recognition>): void {
  for (const [id, total] of pairs) {
    const t = result.get(total);
    const mine = result.get(id);
    const places: readonly Occurrence[] | null = t?.state === "bound" ? t.occurrences : mine?.state === "bound" ? mine.occurrences : null;
    if (places) result.set(id, { state: "ambiguous", candidates: [...places] });
  }
}

