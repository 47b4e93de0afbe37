/**
 * «Chuyên viên phòng Tổng hợp chuyển về phòng mới»: people moved into a new unit, as a merger of rooms makes one
 * («do sáp nhập phòng, 03 chuyên viên phòng Tổng hợp … chuyển về phòng Tổng hợp - Kinh tế»). A move between rooms
 * that stay as they were («01 từ Phòng Tổng hợp sang Phòng Nội chính … để cân đối nhân lực») is an ordinary rotation:
 * when the figure's label says the unit is new, the number's sentence must say so too, by a merger, a reorganisation,
 * the word «mới», or a unit named by two names joined («Phòng Tổng hợp - Kinh tế»). Language knowledge only.
 */
const NEW_IN_LABEL = /(?<![\p{L}\p{M}])(?:về|sang|vào)\s+(?:phòng|đơn vị|bộ phận|tổ chức|cơ quan)\s+mới(?![\p{L}\p{M}])/iu;
const NEW_SAID = /(?<![\p{L}\p{M}])(?:mới|sáp nhập|hợp nhất|sắp xếp|tổ chức lại|thành lập)(?![\p{L}\p{M}])/iu;
const JOINED_NAME = /(?<![\p{L}\p{M}])(?:[Pp]hòng|[Bb]an|[Tt]rung tâm|[Vv]ăn phòng)\s+\p{Lu}[^;,.()\n\d]{0,40}?\s[-–]\s\p{Lu}/u;

/**
 * The field counts a move into a new unit and the number's sentence names none. A table's row is no sentence: its
 * cells say what the row counts, and are read as a grid (gridBind.ts).
 */
export function newUnitUnsaid(label: string, sentence: string): boolean {
  return NEW_IN_LABEL.test(label) && !/[\t|]/u.test(sentence) && !NEW_SAID.test(sentence) && !JOINED_NAME.test(sentence);
}
