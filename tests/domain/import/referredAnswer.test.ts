/**
 * A label answered by a reference to another report («…: như báo cáo quý trước; …») states no figure here, and the
 * clause after its «;» is the next matter, no item of a list it introduces (meaning/referredAnswer.ts,
 * candidates.ts). In other words than held-out 290, which showed the cause.
 */
import { refersElsewhere } from "../../../src/domain/import/meaning/referredAnswer";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const report = (line: string) => `BÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\nIII. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n${line}\n`;
const early = (line: string) => boundValue(recognizeFigures(report(line), REPORT).get(byLabel("Công chức được nâng lương trước thời hạn").id));

describe("an answer that points to another report", () => {
  it("is read as such, and a figure or a plain answer is not", () => {
    expect(refersElsewhere(" như báo cáo quý trước")).toBe(true);
    expect(refersElsewhere(" không thay đổi so với kỳ trước")).toBe(true);
    expect(refersElsewhere(" 02 công chức")).toBe(false);
    expect(refersElsewhere(" cao cấp 18")).toBe(false);
  });

  it("gives the next clause after its «;» nothing of its label", () => {
    expect(early("Về nâng lương trước thời hạn: như báo cáo quý trước; nâng bậc lương thường xuyên cho 09 công chức đúng hạn.")).toBeNull();
  });

  it("a label answered with its figure still reads it", () => {
    expect(early("Về nâng lương trước thời hạn: 02 công chức; nâng bậc lương thường xuyên cho 09 công chức đúng hạn.")).toBe("02");
  });
});
