/**
 * A draft carries its author's notes to self; one of them strikes out a paragraph: «(bỏ đoạn này – quý I đã báo cáo
 * rồi)», «[xóa phần này]», «(lược bỏ đoạn dưới)» on a line of its own over the paragraph, or opening it. The paragraph
 * is taken out of the report by its author: its figures are no figures of the report. Read as blank: the paragraph's
 * line (the next line with words after a note alone on its line, or the rest of the line a note opens), and the note.
 * A bracket that keeps or adds a paragraph («(bổ sung đoạn này)», «(giữ nguyên đoạn này)») strikes nothing.
 *
 * One character for one: every offset stays the document's.
 */

/** A bracket opening a line whose words strike out a paragraph: «bỏ|xóa|xoá|lược bỏ|không đưa vào» then its noun. */
const STRIKE = /^[ \t]*[([](?:đề nghị |đề xuất )?(?:bỏ|xóa|xoá|lược bỏ|không đưa vào|không đưa)(?: cả| toàn bộ)? (?:đoạn|phần|mục|ý)(?: này| dưới| sau| dưới đây)?(?![\p{L}])[^()[\]\n]*[)\]]/iu;

export function withoutDroppedParagraphs(text: string): string {
  if (!/[([](?:đề nghị |đề xuất )?(?:bỏ|xóa|xoá|lược bỏ|không đưa)/iu.test(text.normalize("NFC"))) return text;
  const lines = text.split("\n");
  const blank = (line: string) => line.replace(/[^\r]/g, " ");
  for (let i = 0; i < lines.length; i++) {
    const m = STRIKE.exec(lines[i]!.normalize("NFC"));
    if (!m) continue;
    const rest = lines[i]!.slice(m[0].length);
    lines[i] = blank(lines[i]!);
    if (/\p{L}/u.test(rest)) continue;
    let j = i + 1;
    while (j < lines.length && !/\p{L}/u.test(lines[j]!)) j++;
    if (j < lines.length) lines[j] = blank(lines[j]!);
  }
  return lines.join("\n");
}
