/**
 * A merged office's second seat written «Cơ sở 2» (held-out 1333: «Kiểm tra việc thực hiện Quy chế dân chủ tại Cơ sở
 * 2.»): the number names the seat, as «Phường 12» names a ward, and counts nothing (meaning/nameNumbers.ts). A count of
 * units planned for checking, written as counts are, still binds.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH PHÚ THỌ\nVĂN PHÒNG\nSố: 51/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a seat numbered as its name", () => {
  it("near-match: «tại Cơ sở 2» names the seat, no count of units to check", () => {
    const text = `${HEAD}III. NHIỆM VỤ QUÝ IV NĂM 2026\n1. Tổ chức kiểm tra việc thực hiện Quy chế dân chủ tại Cơ sở 2.\n2. Bố trí công chức hợp lý giữa trụ sở chính và Cơ sở 2.\n`;
    expect(read(text, "bcdc:kiemTra.soDonVi")).toBe("-");
  });

  it("still binds a count of units planned for checking", () => {
    const text = `${HEAD}III. NHIỆM VỤ QUÝ IV NĂM 2026\n1. Tổ chức kiểm tra việc thực hiện Quy chế dân chủ tại 03 phòng, đơn vị thuộc Văn phòng.\n`;
    expect(read(text, "bcdc:kiemTra.soDonVi")).toBe("03");
  });
});
