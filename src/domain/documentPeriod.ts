/**
 * The period a document already names, read from its period controls (fields computed with `op: "period"`, found
 * through the definition, never by id), else from its title's words. A report opened without the add-in's stored
 * figures must keep its own period: falling back to today's would rewrite every period text at the first update.
 */
import { followingPeriod, makePeriod } from "./periodKinds";
// In periodKinds so the pane compares periods without loading this module at start.
export { samePeriod } from "./periodKinds";
import type { ReportDefinition } from "./report";
import type { FieldId, Period, PeriodPart } from "./types";

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function partTexts(report: ReportDefinition, agreed: Readonly<Record<FieldId, string>>): Partial<Record<PeriodPart, string>> {
  const texts: Partial<Record<PeriodPart, string>> = {};
  for (const field of report.fields) {
    const text = agreed[field.id];
    if (field.formula?.op === "period" && text !== undefined) texts[field.formula.part] ??= text.trim();
  }
  return texts;
}

/** From the period's name ("tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026"). */
function fromName(report: ReportDefinition, name: string): Period | null {
  const year = /năm\s+(\d{4})\s*$/iu.exec(name)?.[1];
  if (!year) return null;
  const y = Number(year);
  switch (report.periodKind) {
    case "month": {
      const month = Number(/tháng\s+(\d{1,2})\s+năm/iu.exec(name)?.[1]);
      return month >= 1 && month <= 12 ? makePeriod("month", y, month) : null;
    }
    case "quarter": {
      const quarter = ROMAN[/quý\s+(IV|III|II|I)\s+năm/iu.exec(name)?.[1]?.toUpperCase() ?? ""];
      return quarter ? makePeriod("quarter", y, quarter) : null;
    }
    case "halfYear": {
      const half = /6\s+tháng\s+(đầu|cuối)/iu.exec(name)?.[1]?.toLowerCase();
      return half ? makePeriod("halfYear", y, half === "đầu" ? 1 : 2) : null;
    }
    case "year":
      return makePeriod("year", y, 1);
  }
}

export function periodFromTexts(report: ReportDefinition, agreed: Readonly<Record<FieldId, string>>): Period | null {
  return periodFromOwnParts(report, agreed) ?? quarterFromOtherParts(report, agreed);
}

function periodFromOwnParts(report: ReportDefinition, agreed: Readonly<Record<FieldId, string>>): Period | null {
  const texts = partTexts(report, agreed);
  const year = /^\d{4}$/.test(texts.year ?? "") ? Number(texts.year) : null;
  if (year !== null) {
    if (report.periodKind === "year") return makePeriod("year", year, 1);
    const quarter = ROMAN[(texts.quarterRoman ?? "").toUpperCase()];
    if (report.periodKind === "quarter" && quarter) return makePeriod("quarter", year, quarter);
    const month = Number(texts.month);
    if (report.periodKind === "month" && month >= 1 && month <= 12) return makePeriod("month", year, month);
  }
  return texts.name ? fromName(report, texts.name) : null;
}

const yearOf = (text: string | undefined): number | null => (/^\d{4}$/.test((text ?? "").trim()) ? Number(text!.trim()) : null);

/** A cut-off date dd/mm/yyyy: its month and year. */
function dateParts(text: string | undefined): { month: number; year: number } | null {
  const match = /^\d{1,2}[/.-](\d{1,2})[/.-](\d{4})$/.exec((text ?? "").trim());
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { month, year: Number(match[2]) } : null;
}

function previousQuarter(quarter: number, year: number): Period {
  return quarter === 1 ? makePeriod("quarter", year - 1, 4) : makePeriod("quarter", year, quarter - 1);
}

/**
 * A quarterly report whose controls do not hold the quarter and its year together: the reference report's title
 * names "quý I; … quý II năm 2026" (the quarter, the next quarter and the next quarter's year); others only the data
 * cut-off (Nghị định 09/2019/NĐ-CP: from the 15th of the month before the quarter to the 14th of its last month).
 */
function quarterFromOtherParts(report: ReportDefinition, agreed: Readonly<Record<FieldId, string>>): Period | null {
  if (report.periodKind !== "quarter") return null;
  const texts = partTexts(report, agreed);
  const quarter = ROMAN[(texts.quarterRoman ?? "").toUpperCase()];
  const nextQuarter = ROMAN[(texts.nextQuarterRoman ?? "").toUpperCase()];
  const nextYear = yearOf(texts.nextQuarterYear) ?? yearOf(texts.nextYear);
  if (nextQuarter && nextYear !== null) return previousQuarter(nextQuarter, nextYear);
  // The quarter alone with the next quarter's year: quý IV's next quarter is in the year after.
  if (quarter && nextYear !== null) return makePeriod("quarter", quarter === 4 ? nextYear - 1 : nextYear, quarter);
  const end = dateParts(texts.cutoffEnd);
  if (end && end.month % 3 === 0) return makePeriod("quarter", end.year, end.month / 3);
  const start = dateParts(texts.cutoffStart);
  if (start && start.month % 3 === 0) return followingPeriod(makePeriod("quarter", start.year, start.month / 3));
  return null;
}

const QUARTER_WORDS = /quý\s+(IV|III|II|I)\b(?:\s*\/\s*(\d{4}))?/giu;

/**
 * The period a quarterly report's title names: "… quý I; Nhiệm vụ trọng tâm quý II năm 2026" is the first quarter of
 * 2026 (the year belongs to the quarter it follows), "quý IV năm 2025" and "quý III/2026" say it directly. Only the
 * first paragraphs are read: the body names other quarters ("trong quý I năm 2026" of a plan). Other kinds of period:
 * their name as the form writes it ("tháng 3 năm 2026").
 */
export function periodFromTitle(report: ReportDefinition, paragraphs: readonly string[]): Period | null {
  /*
   * A title set on two lines, as Word documents hold it: «… công tác dân chủ quý II;» then «Nhiệm vụ trọng tâm quý III
   * năm 2026». The first line's quarter waits for the year of the next line that names a quarter (blank lines
   * between); read alone, the second line made a quý II report quý III (the command line read it right).
   */
  let waiting: number | null = null;
  for (const paragraph of paragraphs.slice(0, 12)) {
    if (report.periodKind !== "quarter") {
      const named = fromName(report, paragraph.trim());
      if (named) return named;
      continue;
    }
    const quarters = [...paragraph.matchAll(QUARTER_WORDS)];
    const first = quarters[0];
    if (!first) {
      if (paragraph.trim() !== "") waiting = null;
      continue;
    }
    const quarter = ROMAN[first[1]!.toUpperCase()]!;
    if (first[2]) return makePeriod("quarter", Number(first[2]), quarter);
    const yearMatch = /năm\s+(\d{4})/iu.exec(paragraph.slice(first.index));
    if (!yearMatch) {
      waiting = ROMAN[quarters.at(-1)![1]!.toUpperCase()]!;
      continue;
    }
    const year = Number(yearMatch[1]);
    if (waiting !== null && quarter === (waiting % 4) + 1) return previousQuarter(quarter, year);
    const second = quarters[1];
    const yearAt = first.index + yearMatch.index;
    const secondQuarter = second ? ROMAN[second[1]!.toUpperCase()] : undefined;
    // "quý I; … quý II năm 2026": the year is the second quarter's when that quarter follows the first.
    if (second && secondQuarter && second.index < yearAt && secondQuarter === (quarter % 4) + 1) return previousQuarter(secondQuarter, year);
    return makePeriod("quarter", year, quarter);
  }
  return null;
}

