/**
 * «Ngoài số liệu trên, Ban Tiếp công dân tỉnh tiếp thường xuyên 132 lượt …», «- Ngoài số liệu trên: … Chủ tịch UBND
 * các xã, phường tiếp 47 lượt (báo cáo riêng)»: what a clerk writes after «besides the figures above» is expressly
 * left out of them. On a form that adds its figures up across levels, such a number is neither a total nor a level's
 * figure; a figure the form keeps apart from its sums (the regular reception at the citizens' office) may still take
 * it. The clause holds to the end of its sentence.
 */

const BESIDES = /(?<![\p{L}\p{M}])ngoài[ \u00a0]+(?:các[ \u00a0]+)?số[ \u00a0]+liệu(?:[ \u00a0]+(?:nêu|kể|báo[ \u00a0]+cáo))?[ \u00a0]+(?:ở[ \u00a0]+)?trên(?![\p{L}\p{M}])/giu;
/** A sentence's end: a full stop, «!» or «?» before a space or the line's end (a dot inside «1.200» is none). */
const SENTENCE_END = /[.!?](?=\s|$)/u;

/** The number at `start` stands in a sentence opened, on its line, by «Ngoài (các) số liệu (nêu) trên». */
export function besidesFiguresAbove(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  let last = -1;
  for (const m of before.matchAll(BESIDES)) last = m.index + m[0].length;
  return last !== -1 && !SENTENCE_END.test(before.slice(last));
}
