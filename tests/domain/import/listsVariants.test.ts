/**
 * Lists written the way other offices write them, recognised with the whole engine on the quarterly form: other
 * provinces' room names, bullet lines, a table, prose with a list of places visited beside the office's own units.
 * The texts are our own (not the corpus), so the rule is checked beyond the documents it was built on.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

/** What the list fields (and their counts) were bound to: the first occurrence's input, "?" unclear, absent if not found. */
function lists(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const shown = (r: Recognition | undefined) => (r?.state === "bound" ? r.occurrences[0]!.input : r?.state === "ambiguous" ? "?" : undefined);
  const recognized = recognizeFigures(text, REPORT);
  for (const f of REPORT.fields) {
    if (f.kind !== "list" && f.formula?.op !== "countOf") continue;
    const value = shown(recognized.get(f.id));
    if (value !== undefined) out[f.id.replace("bcdc:", "")] = value;
  }
  return out;
}

describe("lists as other offices write them", () => {
  it("Quảng Ninh style: bullet lines under «hiện có 04 phòng, đơn vị trực thuộc:», units managed in prose", () => {
    const text = [
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "Văn phòng UBND tỉnh hiện có 04 phòng, đơn vị trực thuộc:",
      "- Phòng Tổng hợp - Thư ký;",
      "- Phòng Kinh tế - Tài nguyên;",
      "- Phòng Văn xã - Nội chính;",
      "- Trung tâm Phục vụ hành chính công tỉnh.",
      "Ngoài ra, Văn phòng quản lý 02 đơn vị sự nghiệp: Trung tâm Thông tin - Cổng thông tin điện tử tỉnh và Nhà khách Hạ Long.",
    ].join("\n");
    expect(lists(text)).toEqual({
      "toChuc.danhSach": "Phòng Tổng hợp - Thư ký\nPhòng Kinh tế - Tài nguyên\nPhòng Văn xã - Nội chính\nTrung tâm Phục vụ hành chính công tỉnh",
      "toChuc.so": "04",
      "donViSuNghiep.danhSach": "Trung tâm Thông tin - Cổng thông tin điện tử tỉnh\nNhà khách Hạ Long",
      "donViSuNghiep.so": "02",
    });
  });

  it("Gia Lai style: a table whose headers carry the counts", () => {
    const text = [
      "Bảng 1. Cơ cấu tổ chức",
      "STT\tPhòng, đơn vị trực thuộc (03)\tĐơn vị sự nghiệp công lập (02)",
      "1\tPhòng Tổng hợp\tTrung tâm Tin học - Công báo",
      "2\tPhòng Hành chính - Tổ chức\tNhà khách Pleiku",
      "3\tTrung tâm Phục vụ hành chính công\t",
      "Trong quý, tình hình hoạt động ổn định.",
    ].join("\n");
    expect(lists(text)).toEqual({
      "toChuc.danhSach": "Phòng Tổng hợp\nPhòng Hành chính - Tổ chức\nTrung tâm Phục vụ hành chính công",
      "toChuc.so": "03",
      "donViSuNghiep.danhSach": "Trung tâm Tin học - Công báo\nNhà khách Pleiku",
      "donViSuNghiep.so": "02",
    });
  });

  it("Nghệ An style: the office's units in prose, and a list of units inspected that must not be taken", () => {
    const text = [
      "Cơ cấu tổ chức của Văn phòng: các tổ chức trực thuộc là Phòng Tổng hợp, Phòng Kinh tế, Phòng Khoa giáo - Văn xã và Trung tâm Phục vụ hành chính công.",
      "Trong quý, Văn phòng đã kiểm tra việc thực hiện dân chủ tại 02 đơn vị trực thuộc: Phòng Kinh tế và Nhà khách tỉnh.",
    ].join("\n");
    const found = lists(text);
    expect(found["toChuc.danhSach"]).toBe("Phòng Tổng hợp\nPhòng Kinh tế\nPhòng Khoa giáo - Văn xã\nTrung tâm Phục vụ hành chính công");
    // The 02 units inspected are neither the office's units nor their number.
    expect(found["toChuc.so"]).not.toBe("02");
    expect(found["donViSuNghiep.danhSach"]).toBeUndefined();
    expect(found["donViSuNghiep.so"]).toBeUndefined();
  });
});
