/**
 * Held-out 421's way of writing the staff year in a «Nội dung | Kết quả» table: a row «Năm của số liệu biên chế ⇥
 * 2025». A year is read as one where «năm» stands before it; in a table the row's label says so. Only a row whose
 * label opens with «Năm» and whose cell is the year alone: «Số người được giao ⇥ 2025» is no year.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const NAM = byLabel("Năm của số liệu biên chế").id;
const table = (row: string) =>
  [
    "UBND TỈNH THANH HÓA",
    "VĂN PHÒNG",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ trong hoạt động của cơ quan quý IV năm 2025",
    "Nội dung\tKết quả",
    "I. TỔ CHỨC BỘ MÁY, BIÊN CHẾ\t",
    row,
    "Biên chế công chức được giao\t96",
    "Công chức hiện có\t91",
  ].join("\n");

describe("a year in a row labelled by it", () => {
  it("«Năm của số liệu biên chế ⇥ 2025»", () => {
    expect(boundValue(recognizeFigures(table("Năm của số liệu biên chế\t2025"), REPORT).get(NAM))).toBe("2025");
  });

  it("a row not labelled «Năm», or a cell that is more than the year", () => {
    expect(boundValue(recognizeFigures(table("Số liệu biên chế\t2025"), REPORT).get(NAM))).toBeNull();
    expect(boundValue(recognizeFigures(table("Năm của số liệu biên chế\t2025 người"), REPORT).get(NAM))).toBeNull();
  });
});
