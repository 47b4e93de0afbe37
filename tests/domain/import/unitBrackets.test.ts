/**
 * A hurried clerk's template with the unit in a bracket after each figure (held-out 1300, 1301, 1303, monthly 1306):
 * «CC: được giao 58 (người)», «TN: 1.472 (HS)». A bracket holding only a unit is read as that unit (unitBrackets.ts);
 * and a meeting's partners ending a line's label («Giao ban … với các phòng, đơn vị: 13 cuộc») do not thin its words.
 */
import { withUnitBrackets } from "../../../src/domain/import/unitBrackets";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH ĐỒNG NAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nSố: 90/BC-KCN\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("a unit in a bracket after its figure", () => {
  it("reads a bracket holding only a unit as that unit, one character for one", () => {
    const line = "+ CC: được giao 58 (người), có mặt 53 (người); TN: 1.472 (HS); 05 (năm) phòng; 02 (Văn phòng, Phòng A).";
    const read = withUnitBrackets(line);
    expect(read.length).toBe(line.length);
    expect(read).toBe("+ CC: được giao 58  người , có mặt 53  người ; TN: 1.472  HS ; 05 (năm) phòng; 02 (Văn phòng, Phòng A).");
  });

  it("binds the staff allotted and present written so", () => {
    const text = `${HEAD}I. TỔ CHỨC BỘ MÁY\n- Biên chế năm 2026:\n+ CC: được giao 58 (người), có mặt 53 (người);\n`;
    expect(read(text, "bcdc:bienChe.congChucGiao")).toBe("58");
    expect(read(text, "bcdc:bienChe.congChucThucHien")).toBe("53");
  });

  it("near-match: a monthly meeting beside the briefings is never bound alone for them", () => {
    const text = `${HEAD}2. Giao ban, hội nghị\n- Giao ban Lãnh đạo Ban với các phòng, đơn vị: 12 (mười hai) cuộc.\n- Họp cơ quan hằng tháng: 03 (cuộc).\n`;
    expect(read(text, "bcdc:giaoBan.soCuoc")).not.toBe("03");
  });
});
