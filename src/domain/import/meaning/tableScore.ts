/**
 * A table's rows that add up to its «Tổng cộng» row are the parts of a figure: «Sở Xây dựng⇥486» under «Tiếp nhận»
 * is what one agency received, and the office's «tiếp nhận» figure is the total's 8.141. A part row stays a fair
 * candidate only for a figure whose own words name the row («Thạc sĩ⇥12» above «Cộng⇥61» is the «thạc sĩ» figure).
 */
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";
import { rowNamedBy } from "./partRowNamed";
import { asksComparison } from "./vetoText";

/**
 * Parts that add up to the total are never the total's figure (beyond any score: with the total refused by a veto, an
 * agency's row must not take its place); parts that do not add up cost past the margin.
 */
export const PART_OF_TOTAL = 1;
export const PART_UNCHECKED = 0.15;

/**
 * What a part row costs a figure whose label does not name that row. The label, not the wordings: a wording's
 * «Văn phòng» says whose figure it is, and «Khối Văn phòng» is then a part of it.
 */
export function partOfTotal(c: Candidate, label: ReadonlySet<string> | undefined): number {
  if (!c.part) return 0;
  if (rowNamedBy(c.part.label, label)) return 0;
  return c.part.checked ? PART_OF_TOTAL : PART_UNCHECKED;
}

/** Beyond any score: a cell of another period's column is no candidate for this period's figure. */
const OTHER_PERIOD = 1;
const asks = new WeakMap<FieldProfile, boolean>();

/** A figure whose label asks for an earlier value or a change («… cùng kỳ», «so với quý trước») may take it. */
export function otherPeriod(c: Candidate, profile: FieldProfile): number {
  if (!c.otherPeriod) return 0;
  return takesOtherPeriod(profile) ? 0 : OTHER_PERIOD;
}

/** The figure is an earlier period's value, a change against one, or a cumulative one. */
export function takesOtherPeriod(profile: FieldProfile): boolean {
  let earlier = asks.get(profile);
  if (earlier === undefined) {
    const a = asksComparison(`${profile.field.label} ${[...profile.context].join(" ")}`);
    asks.set(profile, (earlier = a.earlier || a.change || /lũy kế|luỹ kế/iu.test(profile.field.label)));
  }
  return earlier;
}
