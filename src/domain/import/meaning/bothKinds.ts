/**
 * «Phó Chủ tịch … tiếp định kỳ ngày 29/4/2025 và tiếp đột xuất đoàn đông người ngày 06/5/2025 (10 lượt, 14 người)»:
 * a count opening a bracket after a clause that names two sibling kinds («định kỳ» and «đột xuất») counts them both,
 * neither kind alone. Unless the bracket itself says which kind («(07 lượt định kỳ, …)»). The siblings are the form's
 * (vetoFormWords.ts: the words only one figure of a pair of its section has).
 */
import { featureSet } from "./words";

/** How far back the clause before the bracket is read. */
const REACH = 200;

/** The number at [start, end) opens a bracket after a clause naming both this figure's kind and a sibling's. */
export function countsBothKinds(text: string, start: number, end: number, siblings: ReadonlyArray<{ mine: readonly string[]; theirs: readonly string[] }>): boolean {
  if (siblings.length === 0 || !/\(\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const open = text.lastIndexOf("(", start);
  let from = open;
  while (from > 0 && open - from < REACH && !/[;\n()]/u.test(text[from - 1]!) && !(text[from - 1] === "." && /\s/u.test(text[from] ?? ""))) from--;
  // Each kind named in a part of its own, the parts joined: «tiếp định kỳ ngày … và tiếp đột xuất …». One part naming
  // both («đang theo học cao cấp») is one kind qualified by the other's words.
  // A count of its own in the clause («được giao 24, có mặt (22)») is the first kind's: the bracket is the second's.
  // Dates («ngày 29/4/2025») count nothing.
  if (/\d/u.test(text.slice(from, open).replace(/\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/gu, ""))) return false;
  const parts = text.slice(from, open).split(/,|(?<![\p{L}])(?:và|cùng)(?![\p{L}])/u).map(featureSet);
  const close = text.indexOf(")", end);
  const inside = featureSet(text.slice(end, close === -1 ? end + 40 : Math.min(close, end + 40)));
  const alone = (words: readonly string[], others: readonly string[]) => parts.some((p) => words.every((w) => p.has(w)) && !others.some((w) => p.has(w)));
  return siblings.some(({ mine, theirs }) => alone(mine, theirs) && alone(theirs, mine) && ![...mine, ...theirs].some((w) => inside.has(w)));
}

/** What ends a number's own description: a clause's or a bracket's mark, a stop before a space, a line's end. */
const DESCRIPTION_END = /[,;:()\n\t]|\.(?=\s|$)/u;

/**
 * «Có 61 người có trình độ thạc sĩ và tiến sĩ», «Tiếp cả định kỳ và đột xuất 37 lượt»: a number whose own description
 * (from the mark before it to the mark after it, the words past it only when no other number follows in that
 * stretch) names this kind and a sibling's, each in a part of its own joined by «và», «cả», «lẫn» or «hoặc», counts
 * both together: neither kind's figure.
 */
export function describesBothKinds(text: string, start: number, end: number, siblings: ReadonlyArray<{ mine: readonly string[]; theirs: readonly string[] }>): boolean {
  if (siblings.length === 0) return false;
  let from = start;
  const stops = (at: number) => /[,;:()\n\t\d]/u.test(text[at - 1]!) || (text[at - 1] === "." && /\s/u.test(text[at] ?? ""));
  while (from > 0 && start - from < REACH && !stops(from)) from--;
  const rest = text.slice(end, end + REACH);
  const stop = rest.search(DESCRIPTION_END);
  const after = stop === -1 ? rest : rest.slice(0, stop);
  // Both kinds on one side of the number: «198 hồ sơ trả đúng hạn và 136 hồ sơ rút, trả lại» joins two counts, each
  // described on its own side of «và».
  // «A và B lần lượt là 84 và 77», «tương ứng là 22 và 19»: a respective list gives each its own (respectivePairs.ts).
  const both = (words: string) => {
    if (/(?<![\p{L}])(?:lần lượt|tương ứng)(?![\p{L}])/iu.test(words)) return false;
    const parts = words.split(/(?<![\p{L}])(?:và|cả|lẫn|hoặc|cùng)(?![\p{L}])/u).map(featureSet);
    const alone = (mine: readonly string[], others: readonly string[]) => parts.some((p) => mine.every((w) => p.has(w)) && !others.some((w) => p.has(w)));
    return parts.length >= 2 && siblings.some(({ mine, theirs }) => alone(mine, theirs) && alone(theirs, mine));
  };
  return both(text.slice(from, start)) || (!/\d/u.test(after) && !/(?<![\p{L}])(?:lần lượt|tương ứng)(?![\p{L}])/iu.test(text.slice(from, start)) && both(after));
}
