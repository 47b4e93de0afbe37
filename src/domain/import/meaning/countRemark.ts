/**
 * A remark on the count between it and its names: «08 phòng, đơn vị trực thuộc, không thay đổi so với quý trước, gồm:
 * …», «…, giảm 21 đầu mối so với …, gồm:», «10 phòng, ban (trước hợp nhất: … 09 phòng, … 08 phòng), gồm:». It says how
 * the count changed, names nothing: the names still follow.
 */
const REMARK =
  /^(?:[ \t]*,[ \t]*(?:không thay đổi|giữ nguyên|(?:tăng|giảm)[ \t]+\d{1,3}[ \t]+\p{Ll}[\p{Ll}\p{M} ]{0,20}?)(?:[ \t]+so với[^,:;\n()]{1,60})?(?=[ \t]*,)|[ \t]*\((?:trước|sau)[ \t]+(?:hợp nhất|sáp nhập|sắp xếp)[^()\n]{0,160}\))/u;

/** How many characters at `at` are such a remark (0 when none). */
export function remarkLength(text: string, at: number): number {
  return REMARK.exec(text.slice(at, at + 200))?.[0].length ?? 0;
}
