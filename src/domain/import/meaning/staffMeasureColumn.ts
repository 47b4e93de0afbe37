/**
 * A staff table's measure columns: «TT | Bộ phận | Biên chế giao | Có mặt | Hợp đồng». A cell under such a column
 * counts that measure of its row's unit («Văn phòng HĐND và UBND⇥9⇥8⇥1»: nine posts allotted to the office), so it is
 * no count of something the column does not name — the deputy heads, the rooms — however its row's name matches the
 * figure's («Văn phòng»). A figure whose own words name the column's measure («Biên chế công chức được giao», «Công
 * chức đang thực hiện», «Hợp đồng lao động») reads such cells as before. Language knowledge only: no field is named.
 */
import { syllables } from "./words";

/** Headers that name a staffing measure: posts allotted, staff in post, contracts. */
const MEASURE = /(?<![\p{L}])(?:biên chế|có mặt|hiện có|đang thực hiện|hợp đồng|được giao|người làm việc)(?![\p{L}])/iu;
/** Syllables a header shares with a figure's words that say nothing of the measure itself. */
const GENERAL = new Set(["số", "lượng", "tổng", "cộng", "người", "năm", "được", "có"]);

/**
 * The cell's column (`column`: its group and header) names a staffing measure, and the figure's words (`figureWords`,
 * its label and wordings) share none of that header's own syllables.
 */
export function otherStaffMeasure(column: string, figureWords: string): boolean {
  if (!MEASURE.test(column)) return false;
  const own = new Set(syllables(figureWords));
  return !syllables(column).some((s) => !GENERAL.has(s) && own.has(s));
}
