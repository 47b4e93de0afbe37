/**
 * The monthly 1096 (Lâm Đồng) as recognition read it until stop 44: its month's total bound to the 132 of «Ban TCD
 * tỉnh tiếp thường xuyên (03 cơ sở): 132 lượt», which the report counts apart, while the levels add to 107 (walk42–44).
 * Recognition now reads the summary's «1. Tổng hợp / - Tổng: 107 lượt/153 người» as the total, so the pane's answer to
 * a doubted total is tested on the report without that line: the month's total then stands nowhere but in the
 * board's line, which recognition still takes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SOURCE = join(__dirname, "../fixtures/corpus/second-form/1096-lam-dong-tcd-2026-05-dien-van-gach-viet-tat.txt");

export function lamDongLines(): string[] {
  return readFileSync(SOURCE, "utf8")
    .split("\n")
    .filter((line) => line !== "- Tổng: 107 lượt/153 người.");
}
