/**
 * Brackets as some clerks write them: around a number alone, «có 02 tiến sĩ, (34) thạc sĩ và 41 người có trình độ
 * đại học», «tổng số (37) viên chức», «Tổ chức trực thuộc (05)». Such brackets only set the number off: they end no
 * clause, and the number is described by the words around it as if they were not there (candidates.ts, clauseSpans.ts). Brackets with
 * words in them («(hiện có 71 người)», «(trong đó: …)») still end the clause before them.
 */

const LONE = /\(\s*\d[\d.,\s\u00a0]*%?\s*\)/g;

/** Offsets of the brackets that wrap a number alone. */
export function loneBracketMarks(text: string): Set<number> {
  const marks = new Set<number>();
  for (const m of text.matchAll(LONE)) {
    marks.add(m.index);
    marks.add(m.index + m[0].length - 1);
  }
  return marks;
}
