/**
 * A list names each unit once (held-out 1333): «có 02 đơn vị: Trung tâm … và Nhà khách …; Nhà khách … tự bảo đảm chi
 * thường xuyên» — the piece after «;» that names a listed unit again and goes on about it is a remark, and the list
 * ended before it (meaning/listItems.ts remarkAt). Two units of like names after «;» are still two items.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG\nSố: 40/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a remark after a list names a listed unit again", () => {
  it("near-match: the remark on the guest house is no item", () => {
    const text = `${HEAD}Đơn vị sự nghiệp trực thuộc gồm 02 đơn vị: Trung tâm Tin học - Công báo và Nhà khách Hương Giang; Nhà khách Hương Giang đã tự chủ toàn bộ chi thường xuyên, có 18 viên chức.\n`;
    expect(read(text, "bcdc:donViSuNghiep.danhSach")).toBe("Trung tâm Tin học - Công báo\nNhà khách Hương Giang");
  });

  it("still reads two units of like names parted by «;»", () => {
    const text = `${HEAD}Đơn vị sự nghiệp trực thuộc gồm 02 đơn vị: Nhà khách Hương Giang; Nhà khách Hương Giang tại Đông Hà.\n`;
    expect(read(text, "bcdc:donViSuNghiep.danhSach")).toBe("Nhà khách Hương Giang\nNhà khách Hương Giang tại Đông Hà");
  });
});
