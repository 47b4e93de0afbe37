/**
 * A table setting the quarter's plan beside what was done «Kế hoạch | Thực hiện | Tỷ lệ so KH (%)»: a figure described
 * as planned («Số đơn vị dự kiến kiểm tra») takes nothing from the done column where the plan in its row says another
 * number («Kiểm tra … tại phòng, đơn vị | 01 | 0»: the check was not done, it is no plan of 0 units). Where both say
 * 02, or without a plan column, the done cell may still be read (planPlaces.ts doneUnlikePlan).
 */
import { doneUnlikePlan } from "../../../src/domain/import/meaning/planPlaces";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const PLANNED = "Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ";
const head = "UBND TỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 41/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\n";
const value = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(PLANNED).id));

describe("a planned figure is not read from the done column", () => {
  it("knows a done cell by its header, beside a plan of another number", () => {
    const headers = ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ so KH (%)"];
    expect(doneUnlikePlan(["10", "Kiểm tra", "01", "0", "0"], 3, headers)).toBe(true);
    expect(doneUnlikePlan(["10", "Kiểm tra", "02", "02", "100"], 3, headers)).toBe(false);
    expect(doneUnlikePlan(["10", "Kiểm tra", "-", "01", "-"], 3, headers)).toBe(false);
    expect(doneUnlikePlan(["10", "Kiểm tra", "01", "0", "0"], 2, headers)).toBe(false);
    expect(doneUnlikePlan(["Kiểm tra", "03", "02"], 2, ["Nội dung", "KH", "TH"])).toBe(true);
    expect(doneUnlikePlan(["Kiểm tra", "03", "02"], 2, ["Nội dung", "Chỉ tiêu quý I", "Kết quả"])).toBe(true);
    expect(doneUnlikePlan(["Kiểm tra", "02"], 1, ["Nội dung", "Kết quả"])).toBe(false);
  });

  it("does not take the done column's 0 for the units planned", () => {
    const text = `${head}STT\tNội dung\tKế hoạch\tThực hiện\tTỷ lệ so KH (%)\n1\tHọp giao ban (cuộc)\t12\t13\t108,33\n2\tKiểm tra thực hiện dân chủ tại phòng, đơn vị\t02\t0\t0\n\nVăn phòng chưa kiểm tra được trong quý I; dự kiến kiểm tra 02 đơn vị trong quý II năm 2026.\n`;
    const got = value(text);
    expect(got).not.toBe("0");
    expect([null, "02"]).toContain(got);
  });

  it("reads the done cell where the plan beside it says the same", () => {
    const text = `${head}STT\tNội dung\tKế hoạch\tThực hiện\tTỷ lệ so KH (%)\n1\tHọp giao ban (cuộc)\t12\t13\t108,33\n2\tKiểm tra thực hiện dân chủ tại phòng, đơn vị\t02\t02\t100\n`;
    expect(value(text)).toBe("02");
  });

  it("still reads a planned figure from a table of results with no plan column", () => {
    const text = `${head}STT\tNội dung\tKết quả\n1\tHọp giao ban (cuộc)\t13\n2\tSố đơn vị dự kiến kiểm tra việc thực hiện dân chủ quý tới\t03\n`;
    expect(value(text)).toBe("03");
  });
});
