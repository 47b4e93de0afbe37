/**
 * The form's wordings of the whole report's figures under a level's heading (levelHeadings.ts): «(07 lượt định kỳ, 01
 * lượt đột xuất)» on «Cộng cấp sở: 08 lượt, 11 người (…)» under «2. Thủ trưởng các sở, ban, ngành» is the level's
 * split, however well it fits a wording of the month's total. Only the totals' figures are refused so (a level's own
 * figures keep their wordings: the heading may be misread), and a line that opens with a total naming no level
 * («TỔNG CỘNG (mục 1 + 2 + 3): 73 lượt …») ends the level's part: the whole report's figures stand there. Not the
 * first line under a heading that states no figure («2. Tiếp công dân của lãnh đạo UBND tỉnh / Tổng cộng 02 lượt với
 * 14 người. Chủ tịch …»): that total opens the level's part and is the level's.
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef } from "../../types";
import type { Heading } from "../headings";
import { levelsOf, otherLevelAt } from "./levelHeadings";
import type { Vocabulary } from "./profiles";

/** A line opening with a total, its label up to the colon naming no level («Cộng cấp sở:» names one). */
const TOTAL_LINE = /^[ \t]*[-+•*]?[ \t]*(?:(?:như vậy|tóm lại|tính chung),?[ \t]+)?(?:tổng cộng|cộng|tổng số)(?![\p{L}])([^:\n]*)/iu;
const LEVEL_WORD = /(?<![\p{L}])(?:cấp|tỉnh|huyện|xã|phường|sở|ngành)(?![\p{L}])/iu;
/** The levels a total's words name, each once: «tỉnh», «sở/ngành», «huyện», «xã/phường». */
const LEVELS_NAMED = /(?<![\p{L}])(tỉnh|sở|ngành|huyện|xã|phường)(?![\p{L}])/giu;
const LEVEL_GROUP: Readonly<Record<string, string>> = { tỉnh: "tỉnh", sở: "sở", ngành: "sở", huyện: "huyện", xã: "xã", phường: "xã" };

/**
 * The words of a total line up to its colon name no level, or several together: «TỔNG CỘNG (mục 1 + 2 + 3): …»,
 * «Như vậy, tổng cộng trong tháng, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã …» (the
 * whole); «Cộng cấp sở:» names one.
 */
function namesNoOneLevel(words: string): boolean {
  if (!LEVEL_WORD.test(words)) return true;
  return new Set([...words.matchAll(LEVELS_NAMED)].map((m) => LEVEL_GROUP[m[1]!.toLowerCase()])).size >= 2;
}

export function totalsUnderLevel(text: string, headings: readonly Heading[], report: ReportDefinition, vocab: () => Vocabulary): (field: FieldDef, at: number) => boolean {
  const { totals } = levelsOf(report);
  if (totals.size === 0) return () => false;
  const other = otherLevelAt(headings, report, vocab);
  const lastBefore = (list: readonly number[], at: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1]! : -1;
  };
  const headingStarts = headings.map((h) => h.offset);
  const headingAt = new Map(headings.map((h) => [h.offset, h]));
  // «2. Tiếp công dân của lãnh đạo UBND tỉnh\nTổng cộng 02 lượt với 14 người. Chủ tịch …»: a total on the first line
  // under a heading that names the part and states no figure sums that part, before any of the part's own figures;
  // the whole report's total closes the parts after their figures («TỔNG CỘNG (mục 1 + 2 + 3)» below the last level).
  // A level's line «Chủ tịch UBND các xã — 64 lượt — …» (levelLines.ts) states its figures: a total under it closes.
  const opensPart = (lineStart: number) => {
    const heading = headingAt.get(lastBefore(headingStarts, lineStart - 1));
    if (heading === undefined) return false;
    const headingEnd = text.indexOf("\n", heading.offset);
    if (headingEnd === -1 || headingEnd >= lineStart || text.slice(headingEnd, lineStart).trim() !== "") return false;
    const line = text.slice(heading.offset, headingEnd);
    const title = line.indexOf(heading.title);
    return title !== -1 && !/\d/u.test(line.slice(title));
  };
  // Where each total line starts, in text order.
  const totalLines: number[] = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const m = TOTAL_LINE.exec(text.slice(at, Math.min(end, at + 120)));
    if (m && namesNoOneLevel(m[1]!) && !opensPart(at)) totalLines.push(at);
    at = end + 1;
  }
  // A figure the form carries from a total («Lượt tiếp tháng trước» from «Tổng số lượt») is that total's last period:
  // under a level's heading, «so với tháng 8/2026 (01 lượt, 04 người)» is the level's last month, not the whole's.
  const sectionOf = new Map(report.fields.map((f) => [f.id, f.section]));
  const whole = (field: FieldDef) => totals.has(field.section) || (field.carriedFrom !== undefined && totals.has(sectionOf.get(field.carriedFrom) ?? ""));
  return (field, at) => whole(field) && other(field, at) && lastBefore(totalLines, at) < lastBefore(headingStarts, at);
}
