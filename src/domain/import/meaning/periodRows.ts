/**
 * A table whose rows are periods and whose columns are the figures («Kỳ | Hồ sơ tiếp nhận | Đã giải quyết | …» over
 * «Quý I/2026», «Quý II/2026», «Quý III/2026», «Lũy kế»): an office keeping the year's quarters side by side, the
 * report's own quarter one row among them. The columns name what each figure is; the rows say only when. The figure
 * of this period is the cell of its column in the row naming the report's own period, and no other row's: the
 * earlier quarters are other periods, a «Lũy kế», «Cộng» or «9 tháng» row is the year's so far. Read only when every
 * figure row names a period of the report's kind or such a running total, and exactly one row names the report's own
 * period (the transpose of periodColumns.ts's columns of periods).
 */
import { otherPeriodColumn, ownPeriodColumn, type OwnPeriod } from "./earlierColumn";
import { gridAxes } from "./gridRows";
import type { Grid } from "./tableGrid";

/** A row of the year so far or of several periods together: «Lũy kế», «Lũy kế 9 tháng», «Cộng», «Tổng», «6 tháng đầu năm». */
const RUNNING = /^(?:lũy kế|luỹ kế|cộng|tổng cộng|tổng|cả năm|\d{1,2} tháng)(?![\p{L}])/iu;

const memo = new WeakMap<Grid, Map<string, number | null>>();

/** Whether `row` of `grid` is the one row naming the report's own period in a table whose rows are periods. */
export function ownPeriodRow(grid: Grid, row: number, own: OwnPeriod): boolean {
  const key = `${own.kind}:${own.index}:${own.year}`;
  let byPeriod = memo.get(grid);
  if (!byPeriod) memo.set(grid, (byPeriod = new Map()));
  if (!byPeriod.has(key)) byPeriod.set(key, periodRowOf(grid, own));
  return byPeriod.get(key) === row;
}

function periodRowOf(grid: Grid, own: OwnPeriod): number | null {
  const rows = gridAxes(grid).rows;
  if (rows.length < 2) return null;
  let found: number | null = null;
  for (const r of rows) {
    const label = r.label.normalize("NFC").trim();
    if (ownPeriodColumn(label, own)) {
      if (found !== null) return null;
      found = r.index;
    } else if (otherPeriodColumn(label, own) === null && !RUNNING.test(label)) return null;
  }
  return found;
}
