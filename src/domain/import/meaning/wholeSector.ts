/**
 * A department's report gives its own office's figures, and sometimes the whole sector's beside them: «(Toàn ngành có
 * 21 tiến sĩ, 612 thạc sĩ, …)», «Tổng số bác sĩ toàn ngành 2.863 người», «Số liệu … của toàn ngành trong quý: tiếp
 * 1.126 lượt». «Toàn ngành» (also «cả ngành», «toàn hệ thống») is the department with every unit under it: such a
 * number is the sector's, not the office's figure, unless the figure itself is a total («tổng», «toàn», «ngành» in
 * its label). The sector is read in the number's sentence before it — a bracket opened before it counts as its own
 * sentence — never after it.
 */

const WHOLE_SECTOR = /(?<![\p{L}])(?:toàn ngành|cả ngành|toàn hệ thống)(?![\p{L}])/iu;

/** The field counts a whole or the sector itself, from its label. */
export function countsWhole(label: string): boolean {
  return /(?<![\p{L}])(?:tổng|toàn|ngành)(?![\p{L}])/iu.test(label);
}

/** The number's sentence (or the bracket holding it), before the number, names the whole sector. */
export function wholeSectorBefore(text: string, sentenceFrom: number, start: number): boolean {
  let before = text.slice(sentenceFrom, start);
  // Inside a bracket still open at the number, the bracket is its sentence.
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ")") depth++;
    else if (c === "(") {
      if (depth === 0) {
        before = before.slice(i + 1);
        break;
      }
      depth--;
    }
  }
  return WHOLE_SECTOR.test(before);
}
