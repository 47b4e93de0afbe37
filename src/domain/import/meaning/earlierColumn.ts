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

/**
 * A column naming one period of the form's own kind that is not the report's («Tháng 9/2026» beside the levels and
 * their «Cộng» in a report for tháng 10/2026): last period's figures set beside this one's, a comparison, whatever
 * its rows name. Only the report's period, read from its title, tells it (one period column gives nothing to compare
 * with); a column naming the report's own period, or several periods, or none, says nothing here.
 */
const NAMED = /(?<![\p{L}])(tháng|quý)\s+(\d{1,2}|IV|III|II|I)(?![\p{L}\d])(?:\s*(?:[/-]|năm)\s*((?:19|20)\d\d)(?!\d))?/giu;
const KIND: Record<string, "month" | "quarter"> = { tháng: "month", quý: "quarter" };

/** The report's own period as the columns are judged against it: its kind, and its month or quarter and year when known. */
export interface OwnPeriod {
  kind: string;
  index: number | null;
  year: number | null;
}

/**
 * "earlier" or "later" for a column naming another period of the form's kind than the report's; else null. `headers`
 * (the table's columns): several period columns none of which is the report's say the title and the table disagree
 * (a template's title left as it was), and then only the table judges (earlierPeriodColumn).
 */
export function otherPeriodColumn(column: string, own: OwnPeriod, headers: readonly string[] = []): "earlier" | "later" | null {
  const verdict = againstOwn(column, own);
  if (verdict === null) return null;
  const periods = headers.filter((h) => [...h.matchAll(NAMED)].length === 1 && KIND[[...h.matchAll(NAMED)][0]![1]!.toLowerCase()] === own.kind);
  if (periods.length >= 2 && periods.every((h) => againstOwn(h, own) !== null)) return null;
  return verdict;
}

function againstOwn(column: string, own: OwnPeriod): "earlier" | "later" | null {
  const o = ordinals(column, own);
  return o === null || o.at === o.ownAt ? null : o.at < o.ownAt ? "earlier" : "later";
}

/** Whether `label` names the report's own period, of the report's kind («Quý III/2026» in that quarter's report). */
export function ownPeriodColumn(label: string, own: OwnPeriod): boolean {
  const o = ordinals(label, own);
  return o !== null && o.at === o.ownAt;
}

/**
 * Whether `column` names the period right before the report's own («Tháng 7/2026» in August's report, «Quý IV/2025»
 * in the first quarter's): last period's column, however many months the table sets side by side («Tháng 7 | Tháng 8
 * | Tháng 9 (*) | Cộng quý III»: a quarter's sheet filled month by month).
 */
export function previousPeriodColumn(column: string, own: OwnPeriod): boolean {
  const o = ordinals(column, own);
  return o !== null && o.at === o.ownAt - 1;
}

/** The one period of the report's kind `column` names and the report's own, as ordinals; null if it names none or several. */
function ordinals(column: string, own: OwnPeriod): { at: number; ownAt: number } | null {
  if (own.index === null || (own.kind !== "month" && own.kind !== "quarter")) return null;
  const named = [...column.matchAll(NAMED)];
  if (named.length !== 1) return null;
  const m = named[0]!;
  if (KIND[m[1]!.toLowerCase()] !== own.kind) return null;
  const n = ROMAN[m[2]!.toUpperCase()] ?? Number(m[2]);
  const per = own.kind === "month" ? 12 : 4;
  if (n < 1 || n > per) return null;
  // A period written without its year is the nearest one before the report's («Tháng 12» in January's report).
  const year = m[3] !== undefined ? Number(m[3]) : (own.year ?? 0) - (n > own.index ? 1 : 0);
  if (m[3] !== undefined && own.year === null) return null;
  return { at: year * per + n, ownAt: (own.year ?? 0) * per + own.index };
}

/**
 * How the one period `column` names stands to the report's: "own", "previous" (right before it), or "other" — another
 * month or quarter («Tháng 4/2026» in June's report), or a period of another kind (the quarter's «Cộng quý II» in a
 * month's report, «Tháng 7» in a quarter's). Null when the column names no one month or quarter («Số lượng», «Quý
 * này») or the report's own period is not known, or when `headers` (the table's columns) hold several periods of the
 * report's kind none of which is the report's: the title and the table disagree (a template's title left as it
 * was), and the title judges no column (otherPeriodColumn).
 */
export function columnPeriod(column: string, own: OwnPeriod, headers: readonly string[] = []): "own" | "previous" | "other" | null {
  if (own.index === null || (own.kind !== "month" && own.kind !== "quarter")) return null;
  const named = [...column.matchAll(NAMED)];
  if (named.length !== 1) return null;
  const periods = headers.filter((h) => [...h.matchAll(NAMED)].length === 1 && KIND[[...h.matchAll(NAMED)][0]![1]!.toLowerCase()] === own.kind);
  if (periods.length >= 2 && periods.every((h) => againstOwn(h, own) !== null)) return null;
  if (KIND[named[0]![1]!.toLowerCase()] !== own.kind) return "other";
  const o = ordinals(column, own);
  if (o === null) return null;
  return o.at === o.ownAt ? "own" : o.at === o.ownAt - 1 ? "previous" : "other";
}
