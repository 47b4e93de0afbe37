/**
 * «- Tiếp nhận công chức từ cơ quan khác: Không có.» (held-out 1350): «khác» after «từ» says where the people would
 * come from; the zero is the label's value. «các sở khác không phát sinh» still says only the others had none.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nIII. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("a zero after a label ending «từ … khác»", () => {
  it("is the label's value", () => {
    const text = `${HEAD}- Điều động đi: 03 đồng chí.\n- Tiếp nhận công chức từ nơi khác: Không có.\n- Bổ nhiệm Trưởng phòng: 02.\n`;
    expect(read(text, "bcdc:tiepNhan.congChuc")).toBe("Không có");
  });

  it("trap: «các cơ quan khác: không có» is the others' none, not the office's", () => {
    const text = `${HEAD}- Điều động đi: 03 đồng chí.\n- Việc tiếp nhận công chức do Sở Nội vụ thực hiện; các cơ quan khác: không có.\n- Bổ nhiệm Trưởng phòng: 02.\n`;
    expect(read(text, "bcdc:tiepNhan.congChuc")).toBe("-");
  });
});
