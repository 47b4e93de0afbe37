/**
 * Comparison phrases in the document: «tăng 130 (1,35%) so với quý trước». A phrase is a computed content control
 * whose tag is a field's tag plus a suffix naming the period compared against (docs/comparison.md):
 *
 *   <field tag>@quyTruoc / @kyTruoc   against the previous period (phraseTag.ts)
 *   <field tag>@cungKy                against the same period of the year before
 *
 * The form needs no field for it: the update plan recognises the suffix and computes the text from the field's
 * value now and in the other period, like any computed figure.
 */
import type { Values } from "../compute";
import type { ReportDefinition } from "../report";
import type { DerivedTags } from "../updatePlan";
import type { FieldDef, Period } from "../types";
import { formatCount, roundTo } from "../vnNumber";
import { changeBetween, isComparable, numberIn } from "./compare";
import { againstPeriod, againstText, parsePhraseTag, type PhraseBasis } from "./phraseTag";

export { parsePhraseTag, phraseTag, type PhraseBasis } from "./phraseTag";

/** The control's title, shown on its handle in Word. */
export const phraseTitle = (field: FieldDef, basis: PhraseBasis, period?: Period): string =>
  `${field.label} (${period ? againstPeriod(basis, period) : againstText(basis, "quarter")})`;

const decimals = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 12.5 → "12,5%"; two decimals at most, none when whole (the house writes 95,06%, and 100% not 100,00%). */
const relative = (value: number): string => `${decimals.format(roundTo(Math.abs(value), 2))}%`;

/**
 * The phrase for a change: counts by how many and by how much relatively («tăng 130 (1,35%)», «giảm 03 (25%)»),
 * percentages in percentage points («tăng 1,25 điểm phần trăm»). Null when either value is unknown: nothing is
 * computed from a figure the document does not know.
 */
export function comparisonPhrase(
  field: FieldDef,
  previous: number | null,
  current: number | null,
  basis: PhraseBasis,
  period?: Period,
): string | null {
  const { change, changePercent, status } = changeBetween(previous, current);
  if (status === "unknown" || change === null) return null;
  const against = period ? againstPeriod(basis, period) : againstText(basis, "quarter");
  if (status === "same") return `không thay đổi ${against}`;
  const verb = status === "up" ? "tăng" : "giảm";
  const size = Math.abs(change);
  if (field.kind === "percent") return `${verb} ${decimals.format(size)} điểm phần trăm ${against}`;
  const by = changePercent === null ? "" : ` (${relative(changePercent)})`;
  return `${verb} ${formatCount(size)}${by} ${against}`;
}

/** The values of the periods a phrase compares against; null where the document does not know the period. */
export interface EarlierValues {
  previous: Values | null;
  lastYear: Values | null;
  /** This period's values to compare, when they differ from what is written (figures not yet confirmed left out). */
  current?: Values;
  /** The period being written: names what a phrase compares with (a month, a half-year…); a quarter without it. */
  period?: Period;
}

/** The update plan's view of phrase tags (updatePlan.ts, DerivedTags): each phrase's text from these values. */
export function phraseTags(report: ReportDefinition, current: Values, earlier: EarlierValues): DerivedTags {
  return {
    resolve(tag) {
      const phrase = parsePhraseTag(tag);
      const field = phrase && report.byId.get(phrase.field);
      return phrase && field ? { field: field.id, text: phraseText(field, phrase.basis, current, earlier) } : null;
    },
  };
}

/** The phrase a control tagged for `field` against `basis` shows now; null when it cannot be computed. */
export function phraseText(field: FieldDef, basis: PhraseBasis, current: Values, earlier: EarlierValues | undefined): string | null {
  if (!isComparable(field)) return null;
  const before = basis === "previous" ? earlier?.previous : earlier?.lastYear;
  return comparisonPhrase(field, numberIn(before, field.id), numberIn(earlier?.current ?? current, field.id), basis, earlier?.period);
}
