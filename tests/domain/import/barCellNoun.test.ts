/**
 * A table typed with «|» between its cells and spaces as padding (held-out 1323): «| Bổ nhiệm Trưởng phòng | người |
 * 02 | Phòng Kinh tế, Phòng Tiếp công dân |». The bar ends the number's cell, so the note naming rooms after it is no
 * noun the number counts (meaning/countedKinds.ts); a post named in another row's note («01 Trưởng phòng» of those
 * moved in) is then no rival. «tại 02 phòng chuyên môn» in prose still counts rooms, no post.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 31/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\nI. TỔ CHỨC, BIÊN CHẾ\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a number's noun ends at a table's bar", () => {
  const table = [
    "| TT | Nội dung                         | Đơn vị | Số lượng | Ghi chú                                  |",
    "|----|----------------------------------|--------|----------|------------------------------------------|",
    "| 1  | Tiếp nhận, điều động đến         | người  | 02       | 01 Phó Chánh Văn phòng, 01 Trưởng phòng  |",
    "| 2  | Bổ nhiệm Trưởng phòng            | người  | 03       | Phòng Tổng hợp, Phòng Nội chính, Phòng Kinh tế |",
  ].join("\n");

  it("binds the row's count, not the post named in another row's note", () => {
    expect(read(`${HEAD}${table}\n`, "bcdc:boNhiem.truongPhong")).toBe("03");
  });

  it("near-match: a count of rooms in prose is still no count of heads of room", () => {
    expect(read(`${HEAD}Trong quý, Văn phòng bổ nhiệm Trưởng phòng tại 02 phòng chuyên môn.\n`, "bcdc:boNhiem.truongPhong")).toBe("-");
  });
});
