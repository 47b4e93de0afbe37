/**
 * A table giving this period beside the one before it («Tháng 5/2025 | Tháng 4/2025», «Quý I/2026 | Quý IV/2025»): the
 * earlier column is last period's figures, a comparison, however well its rows name the form's figures. Told apart by
 * the headers alone, so no report date is needed: exactly two figure columns name a period of one kind (two months, or
 * two quarters) with their years, and the earlier of the two is the other period. Three or more months side by side
 * («Tháng 1 | Tháng 2 | Tháng 3 | Cộng quý») are a quarter's parts, not a comparison, and are left to other rules.
 */

const PERIOD = /(?<![\p{L}])(tháng|quý)\s+(\d{1,2}|IV|III|II|I)(?![\p{L}\d])\s*(?:[/-]|năm)\s*((?:19|20)\d\d)(?!\d)/iu;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** «Tháng 4/2025» as kind and an ordinal (year × 12 + month, or year × 4 + quarter); null if it names none. */
function periodOf(header: string): { kind: string; at: number } | null {
  const m = PERIOD.exec(header);
  if (!m) return null;
  const kind = m[1]!.toLowerCase();
  const n = ROMAN[m[2]!.toUpperCase()] ?? Number(m[2]);
  const year = Number(m[3]);
  if (kind === "tháng" ? n < 1 || n > 12 : n < 1 || n > 4) return null;
  return { kind, at: year * (kind === "tháng" ? 12 : 4) + n };
}

/** Whether `column` is the earlier of exactly two period columns among `headers` (the table's column headers). */
export function earlierPeriodColumn(column: string, headers: readonly string[]): boolean {
  const own = periodOf(column);
  if (!own) return false;
  const periods = headers.map(periodOf).filter((p): p is NonNullable<typeof p> => p !== null);
  if (periods.length !== 2 || periods.some((p) => p.kind !== own.kind)) return false;
  const [a, b] = periods as [typeof own, typeof own];
  return a.at !== b.at && own.at === Math.min(a.at, b.at);
}
