/**
 * A draft carries its author's notes to self; one of them strikes out a paragraph: «(bỏ đoạn này – quý I đã báo cáo
 * rồi)», «[xóa phần này]», «(lược bỏ đoạn dưới)» on a line of its own over the paragraph, or opening it. The paragraph
 * is taken out of the report by its author: its figures are no figures of the report. Read as blank: the paragraph's
 * line (the next line with words after a note alone on its line, or the rest of the line a note opens), and the note.
 * A bracket that keeps or adds a paragraph («(bổ sung đoạn này)», «(giữ nguyên đoạn này)») strikes nothing.
 * The lines are blanked by ../blankLines.ts.
 */
import type { BlankLines } from "../blankLines";

/** A bracket opening a line whose words strike out a paragraph: «bỏ|xóa|xoá|lược bỏ|không đưa vào» then its noun. */
const STRIKE = /^[ \t]*[([](?:đề nghị |đề xuất )?(?:bỏ|xóa|xoá|lược bỏ|không đưa vào|không đưa)(?: cả| toàn bộ)? (?:đoạn|phần|mục|ý)(?: này| dưới| sau| dưới đây)?(?![\p{L}])[^()[\]\n]*[)\]]/iu;

/** Each note and the paragraph it strikes out. A line is read in its composed form (NFC) throughout. */
export function droppedParagraphLines(lines: readonly string[], text: string): BlankLines[] {
  if (!/[([](?:đề nghị |đề xuất )?(?:bỏ|xóa|xoá|lược bỏ|không đưa)/iu.test(text.normalize("NFC"))) return [];
  const found: BlankLines[] = [];
  // A paragraph struck out is no note of its own, even if it reads like one.
  const struck = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (struck.has(i)) continue;
    const line = lines[i]!.normalize("NFC");
    const m = STRIKE.exec(line);
    if (!m) continue;
    found.push({ from: i, to: i });
    if (/\p{L}/u.test(line.slice(m[0].length))) continue;
    let j = i + 1;
    while (j < lines.length && !/\p{L}/u.test(lines[j]!)) j++;
    if (j < lines.length) {
      found.push({ from: j, to: j });
      struck.add(j);
    }
  }
  return found;
}
