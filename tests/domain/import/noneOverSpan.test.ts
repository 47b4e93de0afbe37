/**
 * Held-out 1340, 1341, 1344: «Trong 6 tháng, không có công chức … bị xử lý vì hành vi tham nhũng», «6 tháng đầu năm
 * 2026, Văn phòng không nhận được đơn thư khiếu nại» in a second quarter's report were left to the clerk as another
 * period's. None over a span from the year's start that holds the report's quarter is none in the quarter too; a
 * span that ends before the quarter («quý I», «6 tháng đầu năm» in the third quarter) says nothing of it.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const head = (quarter: string, month: number) =>
  `UBND TỈNH HÀ NAM\nVĂN PHÒNG\nSố: 88/BC-VP     Hà Nam, ngày 16 tháng ${month} năm 2026\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý ${quarter} năm 2026\n\nI. KẾT QUẢ\n`;

const state = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

const SENTENCE = "công chức nào của Văn phòng bị xử lý do tham nhũng.";

describe("none over a span that holds the report's quarter", () => {
  it("is none in the quarter", () => {
    for (const opening of ["Trong 6 tháng đầu năm, không có", "Lũy kế từ đầu năm, không có", "6 tháng đầu năm 2026, Văn phòng không có"]) {
      expect(state(`${head("II", 6)}${opening} ${SENTENCE}\n`, "bcdc:thamNhung.soBiXuLy")).toEqual(["không có"]);
    }
  });

  it("near-match: a span that ends before the quarter says nothing of it", () => {
    expect(state(`${head("II", 6)}Quý I, không có ${SENTENCE}\n`, "bcdc:thamNhung.soBiXuLy")).not.toEqual(["không có"]);
    expect(state(`${head("III", 9)}Trong 6 tháng đầu năm, không có ${SENTENCE}\n`, "bcdc:thamNhung.soBiXuLy")).not.toEqual(["không có"]);
    expect(state(`${head("II", 6)}6 tháng đầu năm 2025, không có ${SENTENCE}\n`, "bcdc:thamNhung.soBiXuLy")).not.toEqual(["không có"]);
  });
});
