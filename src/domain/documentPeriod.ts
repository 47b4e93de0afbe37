/**
 * The period a document already names. A report opened without the add-in's stored figures must keep its own
 * quarter: falling back to today's would rewrite every period text at the first update. The period controls are
 * found through the form's definition (fields whose formula is a period part), never by id; without them, the
 * title's words ("… quý I; Nhiệm vụ trọng tâm quý II năm 2026") are read.
 */
import { nextPeriod } from "./period";
import type { ReportDefinition } from "./report";
import type { FieldId, Period, PeriodPart } from "./types";

const ROMAN: Record<string, Period["quarter"]> = { I: 1, II: 2, III: 3, IV: 4 };

function previousPeriod(period: Period): Period {
  return period.quarter === 1 ? { quarter: 4, year: period.year - 1 } : { quarter: (period.quarter - 1) as Period["quarter"], year: period.year };
}

const yearOf = (text: string): number | null => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);

/** A cut-off date dd/mm/yyyy: its month and year. */
function dateParts(text: string): { month: number; year: number } | null {
  const match = /^\d{1,2}[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { month, year: Number(match[2]) } : null;
}

/** What each period part's text says, or nothing where it is unreadable. */
function readParts(report: ReportDefinition, agreed: Readonly<Record<FieldId, string>>): Partial<Record<PeriodPart, string>> {
  const parts: Partial<Record<PeriodPart, string>> = {};
  for (const field of report.fields) {
    if (field.formula?.op !== "period") continue;
    const text = agreed[field.id];
    if (text !== undefined && parts[field.formula.part] === undefined) parts[field.formula.part] = text.trim();
  }
  return parts;
}

/** The period the document's period controls agree on (in order of trust), or null when they say too little. */
export function periodFromControls(report: ReportDefinition, agreed: Readonly<Record<FieldId, string>>): Period | null {
  const parts = readParts(report, agreed);
  const quarter = ROMAN[(parts.quarterRoman ?? "").toUpperCase()];
  const year = yearOf(parts.year ?? "");
  const nextQuarter = ROMAN[(parts.nextQuarterRoman ?? "").toUpperCase()];
  const nextYear = yearOf(parts.nextQuarterYear ?? "");
  if (quarter && year !== null) return { quarter, year };
  if (nextQuarter && nextYear !== null) return previousPeriod({ quarter: nextQuarter, year: nextYear });
  // The quarter alone with the next quarter's year (the reference report's title): Q4's next year is one later.
  if (quarter && nextYear !== null) return { quarter, year: quarter === 4 ? nextYear - 1 : nextYear };
  const end = dateParts(parts.cutoffEnd ?? "");
  if (end && end.month % 3 === 0) return { quarter: (end.month / 3) as Period["quarter"], year: end.year };
  const start = dateParts(parts.cutoffStart ?? "");
  // The cut-off starts on the 15th of the month before the quarter (Nghị định 09/2019/NĐ-CP).
  if (start && start.month % 3 === 0) return nextPeriod({ quarter: (start.month / 3) as Period["quarter"], year: start.year });
  return null;
}

const QUARTER_WORDS = /quý\s+(IV|III|II|I)\b(?:\s*\/\s*(\d{4}))?/giu;

/**
 * The period a report's title names: "… quý I; Nhiệm vụ trọng tâm quý II năm 2026" is the first quarter of 2026
 * (the year belongs to the quarter it follows), "quý IV năm 2025" and "quý III/2026" say it directly. Only the first
 * paragraphs are read: the body names other quarters ("trong quý I năm 2026" of a plan).
 */
export function periodFromTitle(paragraphs: readonly string[]): Period | null {
  for (const paragraph of paragraphs.slice(0, 12)) {
    const quarters = [...paragraph.matchAll(QUARTER_WORDS)];
    const first = quarters[0];
    if (!first) continue;
    const quarter = ROMAN[first[1]!.toUpperCase()]!;
    if (first[2]) return { quarter, year: Number(first[2]) };
    const yearMatch = /năm\s+(\d{4})/iu.exec(paragraph.slice(first.index));
    if (!yearMatch) continue;
    const year = Number(yearMatch[1]);
    const second = quarters[1];
    const yearAt = first.index + yearMatch.index;
    // "quý I; … quý II năm 2026": the year is the second quarter's when that quarter comes before it.
    if (second && second.index < yearAt && ROMAN[second[1]!.toUpperCase()] === nextPeriod({ quarter, year }).quarter) {
      return previousPeriod({ quarter: ROMAN[second[1]!.toUpperCase()]!, year });
    }
    return { quarter, year };
  }
  return null;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.quarter === b.quarter && a.year === b.year;
}

/** "quý I năm 2026" */
export function periodName(period: Period): string {
  return `quý ${["I", "II", "III", "IV"][period.quarter - 1]} năm ${period.year}`;
}
