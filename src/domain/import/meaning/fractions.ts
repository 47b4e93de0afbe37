/**
 * «công chức 64/70 (có mặt/được giao); biên chế sự nghiệp 18/20»: a fraction says what it counts before it and, in
 * a legend in brackets, which side is which; a second fraction of the same sentence follows the same legend. Each
 * side is then described by the words before the fraction and by its side of the legend, as if written «công chức có
 * mặt 64, được giao 70». Only where the sentence has a legend: a bare «26/29» is left to the words around it.
 */
import type { Candidate } from "./candidates";
import { kindsAfterCount } from "./kindPart";
import { overTotalAt } from "./overTotal";
import { sentenceAround } from "./vetoText";
import { features, syllables } from "./words";

const LEGEND = /\(([^()/\d]+)\/([^()/\d]+)\)/u;
/** Where the words that name a fraction's subject start: after a separator or a colon. */
const LABEL_START = /[;:,()\n]/g;

function put(c: Candidate, words: string): void {
  for (const f of features(syllables(words))) c.near.set(f, 1);
}

export function describeFractions(text: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const part = candidates[i]!;
    const whole = candidates[i + 1]!;
    if (part.token.kind !== "count" || whole.token.kind !== "count" || text.slice(part.token.end, whole.token.start) !== "/") continue;
    const sentence = sentenceAround(text, part.token.start, whole.token.end);
    const legend = LEGEND.exec(text.slice(sentence.from, sentence.to));
    if (!legend) continue;
    const before = text.slice(sentence.from, part.token.start);
    let from = 0;
    for (const m of before.matchAll(LABEL_START)) from = m.index + 1;
    const label = before.slice(from);
    // A label with a number in it is not a subject («năm 2026 …»); nor is an empty one.
    if (/\d/.test(label) || syllables(label).length === 0) continue;
    put(part, `${label} ${legend[1]!}`);
    put(whole, `${label} ${legend[2]!}`);
  }
}

/** What a quota's whole is followed by: «… trên 76 biên chế được giao», «trên 21 số lượng người làm việc được giao». */
const QUOTA_AFTER = /^[^.;:()\n\d]{0,60}?(?<![\p{L}])(?:được\s+)?giao(?![\p{L}])/iu;

/**
 * «cán bộ, công chức 71 người trên 76 biên chế được giao»: a part over a quota (overTotal.ts) is who fills it now,
 * «đang thực hiện», and both sides are of the subject named before the part, as if written «công chức đang thực hiện
 * 71, được giao 76».
 */
export function describeQuotaParts(text: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const part = candidates[i]!;
    const whole = candidates[i + 1]!;
    if (part.token.kind !== "count" || whole.token.kind !== "count") continue;
    const after = text.slice(whole.token.end, whole.token.end + 80);
    const between = text.slice(part.token.end, whole.token.start);
    // «57 trên tổng số 62 biên chế»: read as before, by the words around each (overTotal.ts).
    if (/tổng/iu.test(between) || overTotalAt(between, after) === -1 || !QUOTA_AFTER.test(after)) continue;
    const sentence = sentenceAround(text, part.token.start, whole.token.end);
    const before = text.slice(sentence.from, part.token.start);
    let from = 0;
    for (const m of before.matchAll(/[;:()\n]/gu)) from = m.index + 1;
    const subject = before.slice(from).split(/,\s*(?=[^,]*\d)/u)[0] ?? "";
    put(part, "đang thực hiện");
    if (!/\d/.test(subject) && syllables(subject).length > 0) put(whole, subject);
  }
}

/**
 * «nhận 11 đơn (khiếu nại 02, kiến nghị, phản ánh 09)»: a count split by kind in the bracket after it counts all
 * those kinds, and is described by them as its parts are (kindPart.ts kindsAfterCount).
 */
export function describeKindTotals(text: string, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.token.kind !== "count") continue;
    const kinds = kindsAfterCount(text, c.token.end);
    if (kinds !== null) put(c, kinds);
  }
}
