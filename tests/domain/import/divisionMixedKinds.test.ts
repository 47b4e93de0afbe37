/**
 * Offices name their divisions by their own mix of kinds (held-out 1100, 1110, 1131, 1163, 1194, 1332 …): «08 phòng,
 * đơn vị hành chính», «09 phòng, ban, đơn vị hành chính», «07 phòng, trung tâm», «08 phòng, ban, chi cục», «04 cơ
 * quan, tổ chức», «Văn phòng tổ chức 03 bộ phận», with a remark on the count before the names («, không thay đổi so
 * với quý trước,», «(trước hợp nhất: …)») or the names one bullet a line under a heading ending its line. The list
 * and its count are read only when the names are as many as the count.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH ĐỒNG THÁP\nVĂN PHÒNG\nSố: 41/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n";
const read = (line: string) => {
  const r = recognizeFigures(`${HEAD}${line}\n`, REPORT);
  const show = (id: string) => {
    const x = r.get(id);
    return x?.state === "bound" ? x.occurrences[0]!.input : x?.state === "ambiguous" ? "?" : "-";
  };
  return { so: show("bcdc:toChuc.so"), list: show("bcdc:toChuc.danhSach").split("\n") };
};
const FOUR = "Phòng Tổng hợp; Phòng Kinh tế; Phòng Nội chính; Trung tâm Phục vụ hành chính công tỉnh.";

describe("an office's divisions under its own words for them", () => {
  it.each([
    `Cơ cấu tổ chức gồm 04 phòng, đơn vị hành chính: ${FOUR}`,
    `Văn phòng có 04 phòng, ban, đơn vị hành chính trực thuộc, gồm: ${FOUR}`,
    `Văn phòng có 04 phòng, trung tâm: ${FOUR}`,
    `Văn phòng có 04 phòng, đơn vị trực thuộc, không thay đổi so với quý trước, gồm: ${FOUR}`,
    `Văn phòng có 04 tổ chức trực thuộc, không thay đổi, gồm: ${FOUR}`,
    `- Các phòng, đơn vị: 04 phòng, đơn vị (trước hợp nhất: Văn phòng UBND tỉnh A cũ 09 phòng, Văn phòng UBND tỉnh B cũ 08 phòng), gồm: ${FOUR}`,
    "2. Tổ chức: 04 phòng, đơn vị\n+ Phòng Tổng hợp;\n+ Phòng Kinh tế;\n+ Phòng Nội chính;\n+ Trung tâm Phục vụ hành chính công tỉnh.",
  ])("reads «%s»", (line) => {
    expect(read(line)).toEqual({ so: "04", list: ["Phòng Tổng hợp", "Phòng Kinh tế", "Phòng Nội chính", "Trung tâm Phục vụ hành chính công tỉnh"] });
  });

  it("reads a department's rooms, board and branch, and a ward office's «bộ phận» it sets up", () => {
    expect(read("- Tổ chức bộ máy: 03 phòng, ban, chi cục, gồm:\n+ Văn phòng Sở;\n+ Ban Thi đua - Khen thưởng;\n+ Chi cục Văn thư - Lưu trữ.")).toEqual({
      so: "03",
      list: ["Văn phòng Sở", "Ban Thi đua - Khen thưởng", "Chi cục Văn thư - Lưu trữ"],
    });
    expect(read("Văn phòng tổ chức 02 bộ phận: Bộ phận Tổng hợp - Thư ký; Bộ phận Tiếp công dân.")).toEqual({ so: "02", list: ["Bộ phận Tổng hợp - Thư ký", "Bộ phận Tiếp công dân"] });
  });

  it("near-match: names fewer than the count, or a count of bodies with no names, are not read", () => {
    expect(read("Cơ cấu tổ chức gồm 05 phòng, đơn vị hành chính: Phòng Tổng hợp; Phòng Kinh tế; Phòng Nội chính.")).toEqual({ so: "-", list: ["-"] });
    expect(read("Trong quý, Văn phòng đã gửi văn bản lấy ý kiến 04 cơ quan, tổ chức.")).toEqual({ so: "-", list: ["-"] });
  });
});
