/**
 * A figure at the end of its sentence, after a colon or a dash, whose label is cut from it by an aside: a bracket
 * («Biên chế công chức UBND tỉnh giao cho Văn phòng năm 2026 (Quyết định số 2917/QĐ-UBND ngày 26/12/2025): 92»,
 * «Viên chức hai nhà khách (đơn vị tự bảo đảm chi thường xuyên …) – 52»), a date («số công chức đang làm việc tính
 * đến ngày 14/6/2026: 87») or a span of years («… giai đoạn 2021 - 2025: 03»). The bracket is a clause of its own and
 * the date a number, so the figure's own words end at the colon; yet the clerk wrote «label: N», and the label is
 * the words before the aside. They describe the figure as a label's words do (the last eight beside it, the rest
 * less), where the label holds no other figure.
 */
import { AGENT, type Candidate } from "./candidates";
import { features, syllables } from "./words";

/** The colon or the dash that ends a label, right before the figure. */
const LABEL_END = /(?::|[ \u00a0][-–])[ \u00a0]*$/u;
/** An aside at the label's end: a bracket, a date (with «ngày»), a span of years or a year after «năm». */
const ASIDE_END = /(?:\([^()\n]*\)|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}[ \u00a0]*[-–][ \u00a0]*\d{4})[ \u00a0]*$/u;
/** A list item's mark opening the label: «b.1.», «a1)», «c)», «-». */
const ITEM_MARK = /^[ \u00a0]*(?:[\p{L}][.)]?\d*[.)][ \u00a0]+|[-+•*][ \u00a0]+)/u;
/** Where a label starts: a line, a semicolon, a colon or a full stop before it, or a comma before «số». */
const LABEL_START = /[\n;:]|\.[ \u00a0]|,(?=[ \u00a0]*số[ \u00a0])/gu;
/** A label naming what it counts first, as the form's questions do: «Số công chức được luân chuyển …». */
const COUNT_LABEL = /^[ \u00a0]*số[ \u00a0]+\p{L}/iu;
/** How many of a «Số …» label's syllables describe its figure in full. */
const MAX_COUNT_LABEL = 40;
/** What follows a bare figure: its clause's end, or a bracket opening an aside of its own. */
const BARE_END = /^[ \u00a0]*(?:[.;,(\n]|$)/u;
const NEAR = 8;
const FAR_WEIGHT = 0.6;
const MAX_LABEL = 240;

function put(c: Candidate, words: readonly string[], weight: number): void {
  for (const f of features([...words])) if ((c.near.get(f) ?? 0) < weight) c.near.set(f, weight);
}

export function describeAcrossAsides(text: string, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    const kind = c.token.kind;
    if (kind !== "count" && kind !== "percent" && kind !== "zero") continue;
    // Only a bare figure ends its label so: «07 ý kiến» says what it counts itself, and the words before are a lead.
    if (!BARE_END.test(text.slice(c.token.end, c.token.end + 3))) continue;
    const from = Math.max(0, c.token.start - MAX_LABEL);
    const before = text.slice(from, c.token.start);
    const end = LABEL_END.exec(before);
    if (!end) continue;
    let label = before.slice(0, end.index);
    let asides = 0;
    for (let aside = ASIDE_END.exec(label); aside; aside = ASIDE_END.exec(label)) {
      label = label.slice(0, aside.index);
      asides++;
    }
    let start = 0;
    for (const m of label.matchAll(LABEL_START)) start = m.index + m[0].length;
    // The label begins the text read: it may have begun further back, so it is not read at all.
    if (start === 0 && from > 0) continue;
    label = label.slice(start).replace(ITEM_MARK, "");
    // «… Văn phòng năm 2026»: the label's year is its own; any other number is another figure's, whose words these are.
    if (/\d/u.test(label.replace(/(?<![\p{L}])năm[ \u00a0]+\d{4}(?!\d)/giu, ""))) continue;
    // «… UBND tỉnh giao cho Văn phòng»: who allotted it is no word of what, as for any figure (candidates.ts AGENT).
    const words = syllables(label.replace(AGENT, (_, agent: string) => `${agent || "được"} `).replace(/\d+/g, " "));
    if (words.length === 0) continue;
    // «Số công chức được luân chuyển giữa các phòng để đào tạo, bồi dưỡng qua thực tiễn: 03»: a label that opens by
    // what it counts is read whole, its head as near as its tail.
    if (COUNT_LABEL.test(label) && words.length <= MAX_COUNT_LABEL) put(c, words, 1);
    else if (asides === 0) continue;
    put(c, words.slice(0, -NEAR), FAR_WEIGHT);
    put(c, words.slice(-NEAR), 1);
  }
}
