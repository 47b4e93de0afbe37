/**
 * A paragraph that tells a period's sessions one by one, each sentence opened by its day («Lãnh đạo UBND tỉnh: ngày
 * 15/4/2026, Chủ tịch UBND tỉnh … tiếp 01 lượt với 03 người. Ngày 07/5/2026, Phó Chủ tịch … tiếp 01 đoàn 11 người»),
 * gives each count for its day only: none of them is the period's figure, which the report states elsewhere (a table
 * row, a total) or not at all. A single dated sentence is not judged: it may be the period's only session.
 */

/** A sentence (or the clause after a level's «Tên cấp:» lead) opened by a day «ngày 15/4», «Ngày 07/5/2026». */
const DATED = /(?:^|[.;]\s+|^[^.:;\n]{1,80}:\s+)(?:[-+•]\s*)?(?:vào\s+|trong\s+)?ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?(?![\d/])/giu;

/** The count at `start` stands in a sentence opened by a day, in a paragraph telling two days or more. */
export function datedSession(text: string, start: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  let to = text.indexOf("\n", start);
  if (to === -1) to = text.length;
  const line = text.slice(from, to);
  const opens = [...line.matchAll(DATED)].map((m) => m.index + m[0].length);
  if (opens.length < 2) return false;
  const at = start - from;
  // The last dated opening before the number, with no sentence end between it and the number.
  const opened = opens.filter((o) => o <= at).at(-1);
  return opened !== undefined && !/[.;]\s/u.test(line.slice(opened, at));
}
