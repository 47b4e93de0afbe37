/**
 * What period a report is for, read once per document from its title («Báo cáo … quý III và 9 tháng», «… 6 tháng đầu
 * năm»): the kind of the form, the report's quarter or month and year, and whether a figure naming no period is the
 * form's own (periodScope.ts judges each number against it).
 */
import type { PeriodKind } from "../../types";
import { detectPeriodOfKind } from "../periodTitle";
import { detectPeriod } from "../quarters";
import { MARKER, markerScope, MONTHS, type Scope } from "./periodMarkers";
import { wholeYear } from "./periodParts";
import { standsInForOwn } from "./standIn";

/** What the report is for, read once per document (readPeriodScope). */
export interface PeriodScope {
  kind: PeriodKind;
  /** The report's quarter or month when its title names it: in a first quarter the cumulative figures are its own. */
  index: number | null;
  /** The report's year when known: a quarter of an earlier year is another period. */
  year: number | null;
  /** The title names a month beside the quarter («tháng 9 và quý III»): the month's figures are not the quarter's. */
  monthsAreOther: boolean;
  /** The title names only another period («6 tháng đầu năm»): a figure that names none is not the form's. */
  otherByDefault: boolean;
  /**
   * The title names a span longer than the form's («… năm 2025», «6 tháng đầu năm»), even beside the form's own
   * («(Gửi kèm báo cáo quý IV/2025)»): its parts' headings say whose their figures are (periodParts.ts).
   */
  longer: boolean;
  /**
   * Read a span from the year's start («lũy kế», «từ đầu năm», «cộng dồn») as another period even in a first quarter
   * or January (periodScope.cumulativeInFirst asks it so): unset, such a span there is the period itself.
   */
  cumulativeOther?: boolean;
  /**
   * Read a later quarter opening its clause in the body as another period (the plan's): asked by the veto for figures
   * not described as planned (vetoLeading.ts); unset, a later quarter is not judged, for a figure planned for the
   * quarter may be written so («quý IV dự kiến kiểm tra 02 đơn vị»: plannedHere.ts).
   */
  laterOther?: boolean;
}

/** A scope that knows only the form's kind (no title read). */
export function scopeOfKind(kind: PeriodKind, index: number | null = null, year: number | null = null): PeriodScope {
  return { kind, index, year, monthsAreOther: false, otherByDefault: false, longer: false };
}

/**
 * The title: the «BÁO CÁO» line and the lines that follow it up to a blank line (three at most), or else the first
 * line with words (a news item's headline).
 */
export function titleOf(text: string): string {
  const lines = text.slice(0, 3000).split("\n").map((l) => l.trim());
  const at = lines.findIndex((l) => /^báo cáo(?![\p{L}])/iu.test(l));
  if (at === -1) return lines.find((l) => /\p{L}{2,}(?:\s+\p{L}+){3}/u.test(l)) ?? "";
  const title = [lines[at]!];
  let i = at + 1;
  // «BÁO CÁO» alone on its line may be set apart from its subject by a blank line.
  if (!/\p{L}+\s+\p{L}+\s+\p{L}+/u.test(lines[at]!)) while (i < lines.length && lines[i] === "") i++;
  for (; i < lines.length && lines[i] !== "" && title.length < 4; i++) title.push(lines[i]!);
  return title.join("\n");
}

/** Reads what period the report is for from its title, for a form of `kind`. */
export function readPeriodScope(text: string, kind: PeriodKind): PeriodScope {
  const period = kind === "quarter" ? detectPeriod(text) : kind === "month" ? detectPeriodOfKind(text, "month") : null;
  const index = kind === "quarter" ? (period?.quarter ?? null) : (period?.month ?? null);
  const title = titleOf(text);
  const named: Scope[] = [];
  let longer = false;
  for (const m of title.matchAll(MARKER)) {
    const scope = markerScope(m, title);
    // «… cơ quan năm 2025»: a year standing alone is the report's whole year; «quý I năm 2026» only dates the quarter.
    if (wholeYear(m, title) || (scope && typeof scope === "object" && "months" in scope && scope.months !== null && scope.months > (MONTHS[kind] ?? 12))) longer = true;
    // Years in a title («quý I năm 2026») only date it.
    if (scope && !(typeof scope === "object" && "last" in scope)) named.push(scope);
  }
  // The title names the form's own period exactly (a quarter for a quarterly form, a month for a monthly one).
  const exact = (x: Scope) =>
    x === kind || (typeof x === "object" && ("quarter" in x ? kind === "quarter" : "months" in x && x.months === MONTHS[kind]));
  // «(báo cáo này thay báo cáo quý II/2026)» under a half-year title: the report is the quarter's too (standIn.ts).
  const own = named.some(exact) || (named.length > 0 && standsInForOwn(text, kind, index));
  return {
    kind,
    index,
    year: period?.year ?? null,
    monthsAreOther: kind === "quarter" && own && named.includes("month"),
    otherByDefault: MONTHS[kind] !== undefined && named.length > 0 && !own,
    longer: MONTHS[kind] !== undefined && longer,
  };
}
