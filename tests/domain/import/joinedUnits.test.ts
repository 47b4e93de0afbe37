/**
 * Two names of an office's units paired with a comma, «06 phòng, đơn vị trực thuộc» (meaning/joinedUnits.ts): one
 * phrase, what the count counts; the comma parts no figures. Sentences made up here.
 */
import { figureComma } from "../../../src/domain/import/meaning/joinedUnits";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const commaAfter = (text: string, n: string) => {
  const end = text.indexOf(n) + n.length;
  return text.slice(end, figureComma(text, end, text.length));
};

describe("figureComma", () => {
  it("passes a comma between two names of a unit", () => {
    expect(commaAfter("có 06 phòng, đơn vị trực thuộc và 02 đơn vị sự nghiệp", "06")).toBe(" phòng, đơn vị trực thuộc và 02 đơn vị sự nghiệp");
    expect(commaAfter("giao 12 cơ quan, đơn vị thực hiện; còn lại", "12")).toBe(" cơ quan, đơn vị thực hiện; còn lại");
  });

  it("near-match: stops at a comma before another count, other words, or the same name again", () => {
    expect(commaAfter("có 06 phòng, 02 đơn vị sự nghiệp", "06")).toBe(" phòng");
    expect(commaAfter("có 06 phòng chuyên môn, đơn vị sự nghiệp 02", "06")).toBe(" phòng chuyên môn");
    expect(commaAfter("có 06 phòng, phòng Tổng hợp có 05 người", "06")).toBe(" phòng");
    expect(commaAfter("nhận 06 hồ sơ, đơn vị trả lại 01", "06")).toBe(" hồ sơ");
  });
});

describe("in a report", () => {
  const report = (sentence: string) =>
    recognizeFigures(["I. ĐẶC ĐIỂM TÌNH HÌNH", `Về tổ chức, nhân sự: ${sentence}`].join("\n"), REPORT);

  it("the count of units named two ways is the units' count, the next count the public-service units'", () => {
    const r = report("Văn phòng có Chánh Văn phòng và 04 Phó Chánh Văn phòng, 06 phòng, đơn vị trực thuộc và 02 đơn vị sự nghiệp.");
    expect(boundValue(r.get(byLabel("Số tổ chức trực thuộc").id))).toBe("06");
    expect(boundValue(r.get(byLabel("Số đơn vị sự nghiệp").id))).toBe("02");
  });
});
