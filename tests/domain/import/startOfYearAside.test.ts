/**
 * Held-out 1340: «đến ngày 14/6/2026 có mặt 89 công chức (đầu năm có mặt 93 công chức, giảm 04 …)» left the staff
 * present unclear between the report date's count and the year's opening one. A bracket that opens on the start of
 * the year (or of the period) and what was present then gives that earlier moment's count, not the report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH HÀ NAM\nVĂN PHÒNG\nSố: 88/BC-VP     Hà Nam, ngày 16 tháng 6 năm 2026\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH\n";

const bound = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

describe("a bracket giving the count at the start of the year", () => {
  it("is that earlier moment's count, no rival of the report date's", () => {
    for (const aside of ["đầu năm có mặt 72 công chức, giảm 02 do nghỉ hưu", "thời điểm đầu năm có 72 công chức"]) {
      const text = `${HEAD}Văn phòng được giao 74 biên chế công chức, hiện có mặt 70 công chức (${aside}).\n`;
      expect(bound(text, "bcdc:bienChe.congChucThucHien")).toEqual(["70"]);
    }
  });

  it("near-match: the count before the bracket still binds, and a bracket not opening on the year's start is read as before", () => {
    const text = `${HEAD}Văn phòng được giao 74 biên chế công chức, có mặt 70 công chức (đầu năm có mặt 72 công chức).\n`;
    expect(bound(text, "bcdc:bienChe.congChucGiao")).toEqual(["74"]);
    const other = `${HEAD}Văn phòng được giao 74 biên chế công chức, có mặt 70 công chức (có mặt đầu năm 72 công chức).\n`;
    expect(bound(other, "bcdc:bienChe.congChucGiao")).toEqual(["74"]);
  });
});
