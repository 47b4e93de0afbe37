/**
 * A report that answers its superior's outline often copies each requirement above its answer, and a requirement
 * may show how to answer it: «(Mục II.4 Đề cương: Thi đua, khen thưởng; ví dụ: «đề nghị Thủ tướng Chính phủ tặng
 * Bằng khen cho 02 cá nhân».)», «[Yêu cầu: … Ví dụ: «Bằng khen của Thủ tướng Chính phủ: 05 cá nhân».]», «Yêu cầu 1.2:
 * Trình độ chuyên môn (ví dụ: «Thạc sĩ: 27»).». The example is the outline's invented answer, written in the very
 * words of the figure it illustrates: read as the report's, it is bound as the figure (or makes the real answer
 * under it unclear). A person reads past it.
 *
 * Only the shape decides: «ví dụ» / «VD» with its colon, on a line that quotes the outline's request (the words
 * «yêu cầu» or «đề cương» earlier on the line), is blank through the end of the bracket it stands in («( … )»,
 * «[ … ]», «« … »»), or, in none, through the end of its line. A «ví dụ» in the report's own sentences (no request
 * quoted before it) is the report's own instance and kept.
 *
 * One character for one: every offset stays the document's.
 */

/** «Ví dụ:», «ví dụ», «VD:»: an example's lead. */
const EXAMPLE = /(?<![\p{L}\p{M}])(?:ví[ \t]+dụ|vd)(?![\p{L}\p{M}])[ \t]*:?/giu;
/** The words that mark a line as the outline's request copied into the report. */
const REQUEST = /(?<![\p{L}\p{M}])(?:yêu[ \t]+cầu|đề[ \t]+cương)(?![\p{L}\p{M}])/iu;
const CLOSER: Readonly<Record<string, string>> = { "(": ")", "[": "]", "«": "»" };
const OPENER: Readonly<Record<string, string>> = { ")": "(", "]": "[", "»": "«" };

export function withoutOutlineExamples(text: string): string {
  if (!/ví[ \t]+dụ|vd/iu.test(text)) return text;
  let out: string[] | null = null;
  for (const m of text.matchAll(EXAMPLE)) {
    const lineFrom = text.lastIndexOf("\n", m.index - 1) + 1;
    const before = text.slice(lineFrom, m.index);
    if (!REQUEST.test(before)) continue;
    const lineEnd = text.indexOf("\n", m.index);
    const end = exampleEnd(text, innermostOpener(before), m.index + m[0].length, lineEnd === -1 ? text.length : lineEnd);
    out ??= text.split("");
    for (let i = m.index; i < end; i++) if (out[i] !== "\r") out[i] = " ";
  }
  return out === null ? text : out.join("");
}

/** The bracket left open in `before` nearest its end (the one the example stands in), or null. */
function innermostOpener(before: string): string | null {
  const open: string[] = [];
  for (const ch of before) {
    if (CLOSER[ch] !== undefined) open.push(ch);
    else if (OPENER[ch] !== undefined && open.at(-1) === OPENER[ch]) open.pop();
  }
  return open.at(-1) ?? null;
}

/** Where the example ends: before the closer of `opener` (brackets opened inside it balanced), or the line's end. */
function exampleEnd(text: string, opener: string | null, from: number, lineEnd: number): number {
  if (opener === null) return lineEnd;
  const closer = CLOSER[opener]!;
  let depth = 0;
  for (let i = from; i < lineEnd; i++) {
    const ch = text[i]!;
    if (ch === opener) depth++;
    else if (ch === closer) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return lineEnd;
}
