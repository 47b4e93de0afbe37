/**
 * A remark under a paragraph, opened by a mark of stars: «(***) Số liệu từ ngày 01/7/2026 đến ngày 10/9/2026», its
 * mark written where it belongs («… đang giải quyết 07 hồ sơ (5,07%) (***).», or a heading «c) Trung tâm … (*****):»).
 * The remark speaks for the text from the line of its mark down to itself: the figures there are the ones its dates
 * qualify, not the figures written after it.
 */

/** «(*)», «(**)», «*», «**» opening a line. */
const NOTE = /^[ \t]*(\(\*{1,6}\)|\*{1,6})(?=[ \t])/;

/** When the line holding `at` is a remark opened by a star mark: the stretch its mark marks, else null. */
export function markedStretch(text: string, at: number): { from: number; to: number } | null {
  const lineFrom = text.lastIndexOf("\n", at - 1) + 1;
  const mark = NOTE.exec(text.slice(lineFrom, lineFrom + 12))?.[1];
  if (!mark) return null;
  // The same mark, not a longer one («(**)» is no «(*)»), before the remark and not opening a line: the last such.
  const re = new RegExp(`(?<![*])${mark.replace(/[()*]/g, "\\$&")}(?![*])`, "g");
  let found = -1;
  for (const m of text.slice(0, lineFrom).matchAll(re)) {
    const start = text.lastIndexOf("\n", m.index - 1) + 1;
    if (text.slice(start, m.index).trim() !== "") found = m.index;
  }
  if (found === -1) return null;
  return { from: text.lastIndexOf("\n", found - 1) + 1, to: lineFrom };
}
