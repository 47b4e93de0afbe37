/**
 * Two kinds of numbers that sit where the form's figure would and belong to someone else:
 * - figures quoted from another report for comparison: «Số liệu chung của tỉnh (theo Báo cáo số 77/BC-VPUBND …, để
 *   so sánh): toàn tỉnh tiếp nhận 286.540 hồ sơ …». A department quoting the province beside its own figures says
 *   so in the paragraph's lead; everything after that lead in the paragraph is the quoted body's;
 * - people studying for a qualification: «Cao cấp 18; …; đang học Cao cấp lý luận chính trị 03» — the 03 are
 *   learners, not holders, though the qualification's words stand right before the number. A field that counts
 *   learners («đang học») is not judged so.
 */
import { clauseStart } from "./clauseStart";
const QUOTED = /(?<![\p{L}])để\s+(?:so sánh|đối chiếu|tham khảo)(?![\p{L}])/giu;

/**
 * The number's sentence, before it, says its figures are quoted for comparison; or the paragraph's lead does («…, để
 * so sánh):», «Để đối chiếu:»), which governs the whole paragraph. «tiếp nhận 126 hồ sơ, để so sánh cùng kỳ là 98 hồ
 * sơ. Đã giải quyết 119 hồ sơ» quotes only within its sentence: the 119 is the office's.
 */
export function quotedForComparison(text: string, start: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const paragraph = text.slice(from, start);
  for (const m of paragraph.matchAll(QUOTED)) {
    const after = paragraph.slice(m.index + m[0].length);
    if (/^[^.:;]{0,3}:/u.test(after) || !/[.!?]\s/u.test(after)) return true;
  }
  return false;
}

/** A heading line: «III. …», «2. …», «b) …». */
const HEADING = /^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;
/** A part's Roman-numeral heading, the top of a report's outline. */
const PART = /^\s*[IVX]+[.)]\s/u;
/** The heading says in brackets that what it heads is given for reference only: «(để tham khảo)», «(tham khảo)». */
const FOR_REFERENCE = /\((?:[^()]*[\s,;:])?(?:để\s+)?tham khảo(?![\p{L}])[^()]*\)/iu;
/** How far above a number its part's heading is looked for. */
const PART_REACH = 4000;

/**
 * The number stands under a heading that says its part is given for reference only: «III. KẾT QUẢ CÔNG TÁC CHUYÊN
 * MÔN (để tham khảo)», «III. SỐ LIỆU NGÀNH (để tham khảo)». What such a part says in the form's words is the office's
 * other work, not the form's figures. The nearest heading above the number and its Roman-numeral part are read.
 */
export function underReferencePart(text: string, start: number): boolean {
  const low = Math.max(0, start - PART_REACH);
  let end = text.lastIndexOf("\n", start - 1);
  let nearest = true;
  while (end >= low) {
    // At the text's start lastIndexOf("\n", -1) finds a first «\n» again: the walk would go round for ever.
    const from = end <= 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(from, end);
    if (HEADING.test(line)) {
      const part = PART.test(line);
      if ((nearest || part) && FOR_REFERENCE.test(line)) return true;
      if (part) return false;
      nearest = false;
    }
    if (from === 0) break;
    end = from - 1;
  }
  return false;
}

const LEARNING = /(?<![\p{L}])(?:đang|được cử đi|cử đi)\s+(?:theo\s+)?học(?![\p{L}])/iu;

/** The field counts learners itself. */
export function countsLearners(label: string): boolean {
  return LEARNING.test(label) || /(?<![\p{L}])học(?![\p{L}])/iu.test(label);
}

/** The number's own stretch (no «,», «;», bracket or line between) opens with «đang học …». */
export function learnersBefore(text: string, start: number): boolean {
  const from = clauseStart(text, start, 100, ",;()\n");
  return LEARNING.test(text.slice(from, start));
}
