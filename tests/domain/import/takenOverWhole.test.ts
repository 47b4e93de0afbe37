/**
 * Staff taken over «nguyên trạng» when bodies merged (held-out 1331: «Khi hợp nhất, Trung tâm tiếp nhận nguyên trạng
 * 06 công chức, 05 viên chức của Trung tâm … (cũ)») moved with their body: no one was received in the period
 * (meaning/formerUnits.ts takenOverWhole). Civil servants received in the quarter still bind.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH PHÚ THỌ\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 90/BC-TTPVHCC\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("staff taken over whole at a merger", () => {
  it("near-match: those taken over «nguyên trạng» were received by no one in the quarter", () => {
    const text = `${HEAD}Sau sắp xếp, Trung tâm tiếp nhận nguyên trạng 07 công chức, 04 viên chức của Trung tâm Phục vụ hành chính công tỉnh Hòa Bình (cũ).\n`;
    expect(read(text, "bcdc:tiepNhan.congChuc")).not.toBe("07");
  });

  it("still binds civil servants received in the quarter", () => {
    const text = `${HEAD}Trong quý, Trung tâm tiếp nhận 03 công chức từ các sở, ngành.\n`;
    expect(read(text, "bcdc:tiepNhan.congChuc")).toBe("03");
  });

  it("still binds a count after the bracket the words stand in", () => {
    const text = `${HEAD}Sở có 03 tổ chức trực thuộc: Văn phòng Sở; Phòng Quản lý thương mại; Chi cục Quản lý thị trường (tiếp nhận nguyên trạng từ Bộ Công Thương từ ngày 01/3/2025) và 01 đơn vị sự nghiệp là Trung tâm Khuyến công.\n`;
    expect(read(text, "bcdc:donViSuNghiep.so")).toBe("01");
  });
});
