/**
 * «tiếp nhận 5,65 ngàn hồ sơ. Trong đó có 1,07 ngàn HS kỳ trước chuyển sang, …, tiếp nhận qua dịch vụ bưu chính công
 * ích 132 HS»: the numbers of a «trong đó» breakdown are parts of a total stated before it. A figure that is only ever
 * a total in the form (a sum's total, a percentage's base, part of no sum) is never one of them, however well the
 * breakdown's words («tiếp nhận», «hồ sơ») fit it: read as «hồ sơ», an abbreviated «HS» makes such a part look like the
 * total. A figure the form itself splits into parts (đã giải quyết of tiếp nhận) may stand there.
 */
import { listedCountEnd } from "./bracketBreakdown";
import { breakdownLabel } from "./labelledBreakdown";
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import { sentenceAround } from "./vetoText";
import { PARTS_ANNOUNCED } from "./words";

const BREAKDOWN = /(?:^|[\s,;:(])trong đó(?![\p{L}\p{M}])/giu;
/**
 * The other words clerks use for the same breakdown («Bao gồm 1,07 ngàn HS kỳ trước chuyển sang, …», «gồm có …»,
 * «trong số này …») when they open the sentence. Inside one they also say what a total takes in («Số hồ sơ tiếp nhận
 * bao gồm 1.203 hồ sơ của kỳ trước chuyển sang», «… bao gồm cả số liệu của xã là 21.686 hồ sơ»), so only the opening
 * counts, and a «là», «tổng» or «cả» after them still says the number is that total.
 */
const INCLUDES = new RegExp(`^\\s*(?:[-+•*]\\s*)?(?:${PARTS_ANNOUNCED})(?![\\p{L}\\p{M}])`, "iu");
const TOTAL_AFTER = /(?<![\p{L}])(?:là|tổng|cả)(?![\p{L}])/iu;
/**
 * «trong đó quý III tiếp nhận 8.236 hồ sơ», «trong đó Trung tâm PVHCC tiếp nhận …», «trong đó cấp xã …»: a part of the
 * time or of the province, whose figures are the form's whole figures for that scope (periodScope.ts, levelAround.ts).
 */
const SCOPE = /^[\s,:]*(?:có\s+)?(?:quý|tháng|năm|kỳ|đợt|riêng|tại|ở|cấp|toàn|\p{Lu})/u;

/** Figures that are a total in the form and a part of nothing. */
export function totalsOnly(report: ReportDefinition): Set<FieldId> {
  const totals = new Set<FieldId>();
  const parts = new Set<FieldId>();
  for (const f of report.fields) {
    if (f.formula?.op === "sum") {
      totals.add(f.id);
      for (const p of f.formula.of) parts.add(p);
    }
    if (f.formula?.op === "percentOf") totals.add(f.formula.whole);
  }
  for (const r of report.rules) {
    if (r.kind !== "sum") continue;
    totals.add(r.total);
    for (const p of r.parts) parts.add(p);
  }
  for (const p of parts) totals.delete(p);
  return totals;
}

/** Whether the number stands after «trong đó» in its own sentence (not a scope, not past the breakdown's bracket). */
export function inBreakdown(text: string, c: Candidate): boolean {
  const sentence = sentenceAround(text, c.token.start, c.token.end);
  const lead = text.slice(sentence.from, c.token.start);
  for (const m of lead.matchAll(BREAKDOWN)) {
    const after = lead.slice(m.index! + m[0].length);
    // «31 lượt (trong đó: định kỳ 28 lượt, …) với 52 người»: a bracketed breakdown ends with its bracket.
    if (!SCOPE.test(after) && !after.includes(")")) return true;
  }
  const opening = INCLUDES.exec(lead);
  if (opening) {
    const after = lead.slice(opening[0].length);
    if (!SCOPE.test(after) && !after.includes(")") && !TOTAL_AFTER.test(after)) return true;
  }
  // «Bổ nhiệm Phó Trưởng phòng: 03 (Phó Trưởng phòng Công chức 01; …)»: a bracket whose numbers add up to a label
  // line's value breaks that value down as «trong đó» does, whatever words name its parts, and so does a list after a
  // count and its colon («02 đồng chí: 01 Phó Chánh Văn phòng, 01 Phó Trưởng phòng»; bracketBreakdown.ts). A bracket
  // after a count in a sentence is left to the other rules (its total may be no figure of the form at all).
  return breakdownLabel(text, c.token.start) !== null || listedCountEnd(text, c.token.start) !== -1;
}
