/**
 * What the «So sánh» chart draws, decided here so it is tested without a canvas: per section, each figure's change
 * in % (a percentage's change in points, beside it); for one figure, its value in every period the document knows. Unknown values are listed, never drawn as 0.
 */
import type { Values } from "../compute";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import { numberIn, periodValues, type Change, type ComparisonRow } from "./compare";
import { periodIndex, periodName, withPeriod, type PeriodFigures } from "./periods";

export interface ChartSeries {
  labels: string[];
  values: number[];
  /** Labels of what could not be drawn (unknown on a side, or a change from 0 that has no size in %). */
  left: string[];
  /**
   * Percentages, not drawn: a rate going from 7,79% to 12,35% is "+4,56 điểm %", and its relative change (+58,5%)
   * on the same axis as the counts' would read as the rate's own rise. Their change in points, said in words.
   */
  points: Array<{ label: string; change: number }>;
}

/** Each figure of a section with a relative change against the chosen period, in %. */
export function sectionChanges(rows: readonly ComparisonRow[], sectionId: string, change: (row: ComparisonRow) => Change): ChartSeries {
  const series: ChartSeries = { labels: [], values: [], left: [], points: [] };
  for (const row of rows) {
    if (row.section.id !== sectionId) continue;
    const { change: by, changePercent, status } = change(row);
    if (row.kind === "percent") {
      if (by === null) series.left.push(row.label);
      else series.points.push({ label: row.label, change: by });
    } else if (status === "same") {
      series.labels.push(row.label);
      series.values.push(0);
    } else if (changePercent === null) series.left.push(row.label);
    else {
      series.labels.push(row.label);
      series.values.push(changePercent);
    }
  }
  return series;
}

export interface FigureHistory {
  periods: string[];
  values: (number | null)[];
}

/** One figure's value in every period the document knows, oldest first, this period's (confirmed) value last. */
export function figureHistory(
  report: ReportDefinition,
  field: FieldId,
  known: readonly PeriodFigures[],
  current: { period: Period; values: Values },
): FigureHistory {
  const all = withPeriod(known, { period: current.period, figures: {} });
  return {
    periods: all.map((p) => periodName(p.period)),
    values: all.map((p) =>
      periodIndex(p.period) === periodIndex(current.period)
        ? numberIn(current.values, field)
        : numberIn(periodValues(report, p.figures, p.period), field),
    ),
  };
}
