/**
 * A fourth-quarter report that gives the quarter and the whole year side by side (613): in a table «Chỉ tiêu | Quý IV |
 * Năm 2025» the year's column is the year's total, even though the year is the report's own; the quarter's column is
 * the form's. A table whose only figure column names the year is left to the other rules.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

function state(text: string, id: string): string {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
}

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV và năm 2025\n\nI. KẾT QUẢ\n";

describe("the quarter's column beside the year's", () => {
  it("binds the quarter's cell and never the year's, with or without the quarter's year", () => {
    for (const quarter of ["Quý IV", "Quý IV/2025"]) {
      const text = `${HEAD}Chỉ tiêu\t${quarter}\tNăm 2025\nSố cuộc giao ban\t12\t46\nHồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công\t1.207\t4.630\n`;
      expect(state(text, "bcdc:giaoBan.soCuoc")).toBe("12");
      expect(state(text, "bcdc:hcc.tiepNhan")).toBe("1.207");
    }
  });

  it("near-match: a table of the year's column alone is not judged by the columns", () => {
    const text = `${HEAD}Chỉ tiêu\tNăm 2025\nSố cuộc giao ban\t46\n`;
    expect(state(text, "bcdc:giaoBan.soCuoc")).not.toBe("notFound");
  });
});
