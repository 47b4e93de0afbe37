/**
 * The period a document already names, read from its period controls (fields computed with `op: "period"`). A report
 * opened without the add-in's stored figures must keep its own period: falling back to today's would rewrite every
 * period text at the first update.
 */
import { makePeriod } from "./periodKinds";
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
