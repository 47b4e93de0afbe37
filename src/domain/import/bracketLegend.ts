/**
 * «Văn phòng báo cáo kết quả 9 tháng …; số liệu riêng của quý III ghi trong ngoặc đơn sau số lũy kế», «1. Công tác cán
 * bộ (lũy kế 9 tháng, trong ngoặc là quý III): - Tiếp nhận công chức: 05 người (02 người).»: a clerk who reports the
 * year to date says once what the brackets hold. From that legend on, a number with a bracket right after it is the
 * running total, not the report's figure, and the number opening the bracket is the report's own: the running total
 * is read as blank and the bracket's marks too (one character for one, every offset stays the document's), so the
 * quarter's number meets the line's words. Only a legend naming the report's own period; without one a bracket is
 * read as written (earlierAsides.ts reads a bracket that names another period).
 */
import type { ReportDefinition } from "../report";
import { columnPeriod } from "./meaning/earlierColumn";
import { readPeriodScope } from "./meaning/reportPeriod";

/** «trong ngoặc là quý III», «số trong ngoặc đơn là số liệu của quý III». */
const BRACKET_IS = /trong (?:dấu )?ngoặc(?: đơn)? là (?:số (?:liệu )?)?(?:của |riêng )?((?:quý|tháng) [^\s,;:.()]+)/iu;
/** «số liệu riêng của quý III (…) ghi trong ngoặc đơn», «số quý III để trong ngoặc». */
const PERIOD_IN_BRACKETS = /số (?:liệu )?(?:riêng )?(?:của )?((?:quý|tháng) [^\s,;:.()]+)(?:[^.;\n]{0,80}?)(?:ghi|đặt|để|nêu) (?:ở )?trong (?:dấu )?ngoặc/iu;

/**
 * A count, a few words of its unit, then a bracket that opens with a count: «05 người (02 người)», «02 (01 - Trưởng
 * phòng Nội chính)». Not a share in the bracket («31 hồ sơ (27,68%)» is the count's share), nor a span of time
 * before it («2,52% số tiếp nhận 6 tháng (4,86% …)»). A bracket that names its period («(quý III: 02 cá nhân)») says
 * whose it is by itself and is read so elsewhere (meaning/periodAside.ts).
 */
const TOTAL_THEN_BRACKET =
  /(?<![\d.,])(\d{1,3}(?:\.\d{3})*)((?:[ \t]+(?!(?:tháng|năm|quý|ngày|tuần)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,4}[ \t]*)\(([ \t]*\d[\d.]*(?![\d,]|[ \t]*%)[^()\n]{0,80})\)/gu;

export function withBracketedOwnPeriod(text: string, report: ReportDefinition): string {
  if (!text.includes("ngoặc")) return text;
  const legend = BRACKET_IS.exec(text) ?? PERIOD_IN_BRACKETS.exec(text);
  if (!legend || columnPeriod(legend[1]!, readPeriodScope(text, report.periodKind)) !== "own") return text;
  const from = legend.index + legend[0].length;
  const rest = text.slice(from).replace(TOTAL_THEN_BRACKET, (_all, total: string, unit: string, inside: string) => `${" ".repeat(total.length)}${unit} ${inside} `);
  return text.slice(0, from) + rest;
}
