/**
 * Walk finding (walk48, F1; held-out 1363): «dự kiến kiểm tra … tại 04 phòng trong quý III/2026 theo Kế hoạch số 21/KH-VPUB
 * (kiểm tra 04 phòng/năm, mỗi phòng 01 lần)» bound the plan's yearly norm as a second place of the quarter's figure, and
 * when the clerk changed the figure to 03 the update rewrote the norm too. A count per year («04 phòng/năm») is a rate
 * over a span longer than the form's, never the quarter's figure; per the form's own span («/quý» in a quarter's
 * report) it may be.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND THÀNH PHỐ CẦN THƠ\nVĂN PHÒNG\nSố: 51/BC-VP     Cần Thơ, ngày 14 tháng 6 năm 2026\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. KẾT QUẢ\n";
const PLANNED = "bcdc:kiemTra.soDonVi";

const places = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => text.slice(o.start, o.end + 12)) : x?.state;
};

describe("a count per a longer span than the form's", () => {
  it("is no place of the quarter's figure", () => {
    const text = `${HEAD}Văn phòng dự kiến kiểm tra việc thực hiện dân chủ tại 04 phòng trong quý III/2026 theo Kế hoạch số 21/KH-VPUB ngày 12/02/2026 (kiểm tra 04 phòng/năm, mỗi phòng 01 lần).\n`;
    expect(places(text, PLANNED)).toEqual(["04 phòng trong"]);
  });

  it("near-match: the same figure restated without a rate is still its place", () => {
    const text = `${HEAD}Văn phòng dự kiến kiểm tra việc thực hiện dân chủ tại 04 phòng trong quý III/2026. Kế hoạch giao kiểm tra 04 phòng.\n`;
    expect(places(text, PLANNED)).toHaveLength(2);
  });
});
