/**
 * Whether a figure's label names a part row of a table (tableScore.ts partOfTotal): «Thạc sĩ⇥12» above «Cộng⇥61» is the
 * «thạc sĩ» figure's own row, not a part of it. One syllable in common names nothing: «Phòng Kế hoạch - Tài chính»
 * shares «chính» with «Trung cấp lý luận chính trị - hành chính», «Phòng Quản lý khoa học» its «học» with «Đại học»,
 * and those rooms' cells are parts of the office's total all the same. A row is named when it shares a pair of words
 * with the label («thạc sĩ», «văn phòng»), or when its every word is the label's («Xã» for «Số xã …»).
 */
import { isFunctionWord } from "./words";

/** `row`, `label`: feature sets (words.ts features: syllables and neighbouring pairs). */
export function rowNamedBy(row: ReadonlySet<string>, label: ReadonlySet<string> | undefined): boolean {
  if (!label) return false;
  let words = 0;
  let shared = 0;
  for (const f of row) {
    const pair = f.split(" ");
    if (pair.length > 1) {
      // «trong đó» names nothing; «sự nghiệp», «của sở» may.
      if (label.has(f) && !pair.every(isFunctionWord)) return true;
      continue;
    }
    words++;
    if (label.has(f)) shared++;
  }
  return words > 0 && shared === words;
}
