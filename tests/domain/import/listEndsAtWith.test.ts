/**
 * A list in prose whose last item is followed by «với» and a count of something else (meaning/listItems.ts):
 * «…; Thông tin, báo cáo với 41 nhiệm vụ cụ thể» ends at its «với», as «…, B và 03 đơn vị …» ends at its «và»; the
 * last item keeps its own commas.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { tinyReport } from "../../support/forms";

const units = tinyReport([
  { id: "dv.danhSach", label: "Các phòng chuyên môn", kind: "list", section: "I" },
  { id: "dv.so", label: "Số phòng chuyên môn", kind: "count", section: "I", formula: { op: "countOf", list: "dv.danhSach" } },
]);

const tasks = tinyReport([
  { id: "nhom", label: "Các nhóm công việc kiểm soát TTHC", kind: "list", section: "I", items: "semicolons" },
  { id: "soNhom", label: "Số nhóm công việc", kind: "count", section: "I", formula: { op: "countOf", list: "nhom" } },
]);

function found(text: string, report = units): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}

describe("a list ends at the «với» that opens another count", () => {
  it("keeps the last name whole before «với 20 công chức»", () => {
    expect(found("Văn phòng có 03 phòng chuyên môn gồm: Phòng Tổng hợp, Phòng Kinh tế, Phòng Nội chính với 20 công chức.")).toEqual({
      "dv.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế\nPhòng Nội chính",
      "dv.so": "03",
    });
  });

  it("keeps the commas of the last group of work before «với 41 nhiệm vụ cụ thể»", () => {
    expect(
      found(
        "Kế hoạch năm 2026 gồm 03 nhóm công việc: Chỉ đạo, điều hành; Rà soát, đơn giản hóa TTHC; Thông tin, báo cáo với 41 nhiệm vụ cụ thể; đến hết quý hoàn thành 30/41 nhiệm vụ.",
        tasks,
      )["nhom"],
    ).toBe("Chỉ đạo, điều hành\nRà soát, đơn giản hóa TTHC\nThông tin, báo cáo");
  });

  it("near-miss: where «với» leaves a remark for the last item, the list ends at its last separator", () => {
    expect(found("Văn phòng có 02 phòng chuyên môn gồm: Phòng Tổng hợp và Phòng Kinh tế; Phòng Kinh tế tự chủ 100% chi thường xuyên với 19 viên chức.")).toEqual({
      "dv.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế",
      "dv.so": "02",
    });
  });
});
