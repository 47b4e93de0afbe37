/**
 * A longer span's figure with the report's own quarter's beside it (meaning/periodAside.ts): the quarter's is the
 * form's, before or after, in brackets or after «riêng», «trong đó». A Bình Định clerk's nine-month report for quý III,
 * not the held-out Khánh Hòa six-month report that showed the rule.
 */
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

function at(text: string, figure: string): [number, number] {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const q3 = scopeOfKind("quarter", 3, 2025);
const other = (text: string, figure: string, scope = q3) => isOtherPeriod(text, ...at(text, figure), scope);

describe("the report's own quarter named with a figure beside a number makes that number a longer span's", () => {
  it.each([
    ["Văn phòng tổ chức 37 cuộc họp giao ban (trong quý III: 12 cuộc).", "37", "12"],
    ["Bổ nhiệm 05 Phó Trưởng phòng, riêng quý III là 02.", "05", "02"],
    ["Tiếp nhận 241 hồ sơ, trong đó quý III tiếp nhận 79 hồ sơ.", "241", "79"],
    ["Nhận 09 đơn thư (quý I: 03 đơn; quý II: 04 đơn; quý III: 02 đơn).", "09", "02"],
    ["Đạt tỷ lệ 96,4% (quý III/2025: 97,1%).", "96,4%", "97,1%"],
  ])("«%s»: %s is not the quarter's, %s is", (text, longer, own) => {
    expect(other(text, longer)).toBe(true);
    expect(other(text, own)).toBe(false);
  });

  it("«(quý III: không)»: the quarter had none, so the number before is the longer span's", () => {
    expect(other("Tiếp nhận 07 công chức từ nơi khác (quý III: không).", "07")).toBe(true);
  });

  it("the quarter's figure first and the longer span's in brackets is read as before", () => {
    const text = "Quý III tổ chức 12 cuộc giao ban (9 tháng: 37 cuộc).";
    expect(other(text, "12")).toBe(false);
    expect(other(text, "37")).toBe(true);
  });
});

describe("near-matches: the number stays the quarter's", () => {
  it.each([
    // An earlier quarter in brackets is a comparison, not the quarter's own figure.
    ["Tiếp nhận 241 hồ sơ (quý II: 190 hồ sơ).", "241"],
    // A month of the quarter is a part of it.
    ["Tiếp nhận 241 hồ sơ (tháng 9: 80 hồ sơ).", "241"],
    // Another quantity follows the quarter's name.
    ["Tiếp nhận 241 hồ sơ, trong quý III đạt 95,2%.", "241"],
    // The quarter named with no figure says whose the number is.
    ["Tổ chức 12 cuộc họp giao ban (quý III).", "12"],
    // After «; trong quý III» another thing is counted: another unit, or a verb before the figure.
    ["Bổ nhiệm 02 Trưởng phòng; trong quý III tiếp nhận 118 hồ sơ.", "02"],
    ["Tổ chức 12 cuộc đối thoại, trong quý III không có đơn thư.", "12"],
    // A later quarter is the plan.
    ["Kiểm tra 02 phòng (quý IV: dự kiến 03 phòng).", "02"],
  ])("«%s»: %s", (text, figure) => {
    expect(other(text, figure)).toBe(false);
  });

  it("a six-month form takes the six-month figure (only forms for a month or a quarter are judged)", () => {
    expect(other("Họp giao ban 25 cuộc (quý II: 13 cuộc).", "25", scopeOfKind("halfYear"))).toBe(false);
  });

  it("a monthly form takes the month's figure beside the quarter's", () => {
    const text = "Tiếp 46 lượt công dân (tháng 10: 15 lượt).";
    expect(other(text, "46", scopeOfKind("month", 10, 2025))).toBe(true);
    expect(other(text, "15", scopeOfKind("month", 10, 2025))).toBe(false);
    expect(other(text, "46", scopeOfKind("month", 11, 2025))).toBe(false);
  });
});

describe("a nine-month report with the quarter's figures beside them fills the quarterly form with the quarter's", () => {
  const report =
    "UBND TỈNH BÌNH ĐỊNH\nVĂN PHÒNG\nSố: 315/BC-VP\tBình Định, ngày 22 tháng 9 năm 2025\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở 9 tháng đầu năm 2025 (số liệu quý III trong ngoặc)\n\n" +
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n" +
    "- Văn phòng tổ chức 37 cuộc họp giao ban (quý III: 12 cuộc).\n" +
    "- Bổ nhiệm 03 Trưởng phòng (quý III: 01).\n" +
    "2. Kiểm soát thủ tục hành chính\n" +
    "Trình ban hành 31 quyết định công bố danh mục TTHC, riêng quý III ban hành 11 quyết định; tiếp nhận, xử lý 9 tháng 64 phản ánh, kiến nghị.\n";
  const r = recognizeFigures(report, REPORT);
  const value = (label: string) => boundValue(r.get(byLabel(label).id));

  it("binds the quarter's figures", () => {
    expect(value("Cuộc họp giao ban trong quý")).toBe("12");
    expect(value("Bổ nhiệm Trưởng phòng")).toBe("01");
    expect(value("Quyết định công bố danh mục TTHC")).toBe("11");
  });

  it("leaves a figure given only for the nine months unbound: the quarter's is not stated", () => {
    expect(value("Phản ánh, kiến nghị đã tiếp nhận và xử lý")).toBeNull();
  });
});
