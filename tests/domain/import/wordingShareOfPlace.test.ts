/**
 * «hiện có 37 viên chức, người lao động (Nhà khách UBND tỉnh 21 người, Nhà khách Kon Tum 16 người)» (held-out 1350):
 * two wordings of one figure found the whole and one of its shares in the bracket that adds up to it. The share does
 * not make the figure unclear; a house's count written alone is still read.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("a wording's place inside a bracket adding up to another of its places", () => {
  it("trap: one guest house's staff in the bracket is a share of both houses'", () => {
    const text = `${HEAD}Đơn vị sự nghiệp gồm Trung tâm Tin học - Công báo và hai nhà khách. Hai nhà khách tự bảo đảm chi thường xuyên, có 30 viên chức, người lao động (Nhà khách UBND tỉnh 18 người, Nhà khách Hồ Núi Cốc 12 người).\n`;
    expect(read(text, "bcdc:bienChe.vienChucNhaKhach")).toBe("30");
  });

  it("a bracket that does not add up leaves the places to the clerk", () => {
    const text = `${HEAD}Hai nhà khách tự bảo đảm chi thường xuyên, có 30 viên chức, người lao động (Nhà khách UBND tỉnh 18 người).\n`;
    expect(read(text, "bcdc:bienChe.vienChucNhaKhach")).toBe("? 30|18");
  });

  it("the house's count written alone is still read", () => {
    const text = `${HEAD}Đơn vị sự nghiệp gồm Trung tâm Tin học - Công báo và Nhà khách UBND tỉnh: 18 người.\n`;
    expect(read(text, "bcdc:bienChe.vienChucNhaKhach")).toBe("18");
  });
});
