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
/**
 * «Tỷ lệ trên số đã giải quyết (%)»: what follows «trên (tổng) số» names the share's base, not what it is the share
 * of; the row is «Tỷ lệ (%)» of the count above it, as a plain rate row is. Not «so với số …»: a comparison with
 * another month's figure says what the share is (the monthly form's «so với tháng trước»).
 */
const SHARE_BASE = /^(\s*t[ỷỉ]\s+lệ)\s+(?:tính\s+)?trên\s+(?:tổng\s+)?số\s+[^()]*/iu;

export function rowLabelWords(label: string): string {
  label = label.replace(SHARE_BASE, "$1 ");
  // Not a word that starts with «cộng»: «cộng tác viên», «cộng đồng», «Cộng hòa», «cộng sự», «cộng hưởng».
  const total = /^(?:tổng cộng|cộng)\s*[:.]?\s+(?!(?:tác|đồng|hòa|hoà|sự|hưởng)(?![\p{L}]))(?=\p{L})/iu.exec(label);
  return total ? `tổng số ${label.slice(total[0].length)}` : label;
}
