/** What the words of a table's headers and row labels say: the unit a column counts, a total row's «tổng số». */
import { syllables, unitAt } from "./words";

/** A column headed by what it counts, «Cá nhân», «Tập thể», «Số hồ sơ», «Số người»: the unit of its figures. */
export function headerUnit(header: string): string | null {
  const words = syllables(header);
  const counted = words[0] === "số" ? words.slice(1) : words;
  const unit = unitAt(counted);
  return unit !== null && unit.split(" ").length === counted.length ? unit : null;
}

/** «Cộng Phó Trưởng phòng được bổ nhiệm», «Tổng cộng hồ sơ»: a row that sums what it names says «tổng số …». */
export function rowLabelWords(label: string): string {
  // Not a word that starts with «cộng»: «cộng tác viên», «cộng đồng», «Cộng hòa», «cộng sự», «cộng hưởng».
  const total = /^(?:tổng cộng|cộng)\s*[:.]?\s+(?!(?:tác|đồng|hòa|hoà|sự|hưởng)(?![\p{L}]))(?=\p{L})/iu.exec(label);
  return total ? `tổng số ${label.slice(total[0].length)}` : label;
}
