/**
 * A list hanging from a line that states its own count («Cơ cấu 88 công chức hiện có:» then «- Đảng viên: 81 đồng
 * chí») breaks that count down (held-out 1350): its lines are shares of the whole, never the whole the lead names,
 * while a line whose own label names the figure still is it.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n1. Biên chế\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("a list under a lead that states its own count", () => {
  it("trap: a share of the counted staff is not the staff present", () => {
    const text = `${HEAD}Năm 2026, Văn phòng được giao 60 biên chế công chức, hiện có 55 công chức; viên chức 12 người.\nCơ cấu 55 công chức hiện có:\n- Nữ: 30 người.\n- Đảng viên: 49 đồng chí.\n- Dưới 35 tuổi: 11 người.\n`;
    expect(read(text, "bcdc:bienChe.congChucThucHien")).toBe("55|55");
  });

  it("a line naming the figure itself under a counting lead is still that figure", () => {
    const text = `${HEAD}Tổng số 70 người làm việc tại Văn phòng, gồm:\n- Công chức hiện có: 55 người;\n- Viên chức: 15 người.\n`;
    expect(read(text, "bcdc:bienChe.congChucThucHien")).toBe("55");
  });
});
