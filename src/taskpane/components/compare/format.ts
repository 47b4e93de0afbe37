/** How the «So sánh» tab writes numbers: the house style (9.780, 95,06%), changes with their sign (+130, −2,5%). */
import type { ComparisonRow } from "../../../domain/comparison/compare";

const grouped = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export const showValue = (row: Pick<ComparisonRow, "kind">, value: number | null): string =>
  value === null ? "" : `${grouped.format(value)}${row.kind === "percent" ? "%" : ""}`;

/** "+130", "−780" (a real minus sign), "0". */
export const signed = (value: number): string => `${value > 0 ? "+" : value < 0 ? "−" : ""}${grouped.format(Math.abs(value))}`;

export const signedPercent = (value: number | null): string => (value === null ? "" : `${signed(value)}%`);
