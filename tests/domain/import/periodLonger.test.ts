/**
 * A report for a longer span than the form's quarter (six months, the year) with the quarter's own figures set apart
 * (meaning/periodScope.ts, periodMonths.ts): a month of an earlier quarter opening a clause, an earlier quarter
 * closing the sentence, and the quarter's figure set beside a number after a month of the quarter named earlier.
 * A Nghệ An clerk's six-month sentences, not the held-out Hà Tĩnh report's.
 */
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";

function at(text: string, figure: string): [number, number] {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const q2 = scopeOfKind("quarter", 2, 2025);
const other = (text: string, figure: string, scope = q2) => isOtherPeriod(text, ...at(text, figure), scope);

describe("a month of an earlier quarter opening the clause makes its number another period's", () => {
  it.each([
    ["Tháng 01/2025, Văn phòng trình tặng Giấy khen cho 07 cá nhân.", "07"],
    ["Kết quả kiểm tra: tháng 2 kiểm tra 03 phòng.", "03"],
    ["Tháng 11/2024, Văn phòng tiếp nhận 04 công chức.", "04"],
  ])("«%s»: %s", (text, figure) => expect(other(text, figure)).toBe(true));

  it.each([
    // A month of the quarter is a part of it.
    ["Tháng 5/2025, Văn phòng tiếp nhận 04 công chức.", "04"],
    // The month before the quarter may be partly its own where figures close mid-month (15/3 to 14/6).
    ["Tháng 3/2025, Văn phòng tiếp nhận 04 công chức.", "04"],
    // An earlier month as the basis of a comparison, not the clause's topic.
    ["So với tháng 01/2025, số hồ sơ tăng 12 hồ sơ.", "12"],
    // A month with no number, or a later one (the plan's).
    ["Trong tháng, Văn phòng tiếp nhận 04 công chức.", "04"],
    ["Tháng 7/2025, Văn phòng sẽ kiểm tra 02 đơn vị.", "02"],
  ])("near-match «%s»: %s stays the quarter's", (text, figure) => expect(other(text, figure)).toBe(false));
});

describe("another period closing the sentence, no figure after the number, says whose it is", () => {
  it.each([
    ["Văn phòng tham mưu ban hành 06 văn bản về hỗ trợ gạo cứu đói, đều ban hành trong quý I.", "06"],
    ["Văn phòng tiếp nhận 03 công chức, lũy kế từ đầu năm.", "03"],
  ])("«%s»: %s", (text, figure) => expect(other(text, figure)).toBe(true));

  it.each([
    // A comparison's basis, not the number's period.
    ["Tiếp nhận 96 hồ sơ, tăng so với quý I.", "96"],
    // A figure after the period is the period's own.
    ["Tiếp nhận 96 hồ sơ, trong quý I là 91 hồ sơ.", "96"],
    // The report's own quarter closing the sentence.
    ["Văn phòng ban hành 06 văn bản, đều trong quý II.", "06"],
  ])("near-match «%s»: %s stays the quarter's", (text, figure) => expect(other(text, figure)).toBe(false));
});

describe("the quarter's figure beside a number outweighs a month of the quarter named before it", () => {
  const text = "6 tháng, Văn phòng tiếp nhận 02 công chức, cả hai trong tháng 5/2025; luân chuyển 06 công chức (quý II: 04).";

  it("the number with the quarter's figure beside it is the longer span's, the figure the quarter's", () => {
    expect(other(text, "06")).toBe(true);
    expect(other(text, "04")).toBe(false);
  });

  it("near-match: an earlier quarter's figure beside it is no aside of the report's own", () => {
    expect(other("Trong tháng 5/2025, luân chuyển 06 công chức (quý I: 04).", "06")).toBe(false);
  });
});
