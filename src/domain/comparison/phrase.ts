/**
 * Comparison phrases in the document: «tăng 130 (1,35%) so với quý trước». A phrase is a computed content control
 * whose tag is a field's tag plus a suffix naming the period compared against (docs/comparison.md):
 *
 *   <field tag>@quyTruoc   against the previous quarter
 *   <field tag>@cungKy     against the same quarter of the year before
 *
 * The form needs no field for it: the update plan recognises the suffix and computes the text from the field's
 * value now and in the other period, like any computed figure.
 */
import type { Values } from "../compute";
import type { ReportDefinition } from "../report";
import type { DerivedTags } from "../updatePlan";
import type { FieldDef, FieldId } from "../types";
import { formatCount, roundTo } from "../vnNumber";
import { changeBetween, isComparable, numberIn } from "./compare";

export type PhraseBasis = "previous" | "lastYear";

const SUFFIX: Record<PhraseBasis, string> = { previous: "@quyTruoc", lastYear: "@cungKy" };
const AGAINST: Record<PhraseBasis, string> = { previous: "so với quý trước", lastYear: "so với cùng kỳ năm trước" };

export const phraseTag = (field: FieldId, basis: PhraseBasis): string => `${field}${SUFFIX[basis]}`;

/** The field and basis of a phrase tag; null for any other tag. */
export function parsePhraseTag(tag: string): { field: FieldId; basis: PhraseBasis } | null {
  for (const basis of Object.keys(SUFFIX) as PhraseBasis[]) {
    if (tag.endsWith(SUFFIX[basis]) && tag.length > SUFFIX[basis].length) {
      return { field: tag.slice(0, -SUFFIX[basis].length), basis };
    }
  }
  return null;
}

/** The control's title, shown on its handle in Word. */
export const phraseTitle = (field: FieldDef, basis: PhraseBasis): string => `${field.label} (${AGAINST[basis]})`;

const decimals = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 12.5 → "12,5%"; two decimals at most, none when whole (the house writes 95,06%, and 100% not 100,00%). */
const relative = (value: number): string => `${decimals.format(roundTo(Math.abs(value), 2))}%`;

/**
 * The phrase for a change: counts by how many and by how much relatively («tăng 130 (1,35%)», «giảm 03 (25%)»),
 * percentages in percentage points («tăng 1,25 điểm phần trăm»). Null when either value is unknown: nothing is
 * computed from a figure the document does not know.
 */
export function comparisonPhrase(field: FieldDef, previous: number | null, current: number | null, basis: PhraseBasis): string | null {
  const { change, changePercent, status } = changeBetween(previous, current);
  if (status === "unknown" || change === null) return null;
  if (status === "same") return `không thay đổi ${AGAINST[basis]}`;
  const verb = status === "up" ? "tăng" : "giảm";
  const size = Math.abs(change);
  if (field.kind === "percent") return `${verb} ${decimals.format(size)} điểm phần trăm ${AGAINST[basis]}`;
  const by = changePercent === null ? "" : ` (${relative(changePercent)})`;
  return `${verb} ${formatCount(size)}${by} ${AGAINST[basis]}`;
}

/** The values of the periods a phrase compares against; null where the document does not know the period. */
export interface EarlierValues {
  previous: Values | null;
  lastYear: Values | null;
  /** This period's values to compare, when they differ from what is written (figures not yet confirmed left out). */
  current?: Values;
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
  return comparisonPhrase(field, numberIn(before, field.id), numberIn(earlier?.current ?? current, field.id), basis);
}
