/**
 * The meetings' traps of held-out 43 and 45, written again in other clerks' words: a quarter told month by month
 * («tháng 01/2025: 02 cuộc, …, cộng quý: 05 cuộc») bound one month's count, and a plan beside what was done («Kế
 * hoạch: 13 cuộc/quý … Thực hiện: 11 cuộc») bound the plan. Each wording below bound the wrong number before the
 * rules (monthShare.ts, planLabel.ts); the quarter's total, or what was done, is bound now where it is written.
 */
import { monthShare } from "../../../src/domain/import/meaning/monthShare";
import { planLabelled } from "../../../src/domain/import/meaning/planLabel";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = (office: string, quarter: string) =>
  `UBND TỈNH BÌNH ĐỊNH\n${office}\nSố: 88/BC-XX\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý ${quarter}\n\nIII. THỰC HIỆN DÂN CHỦ\n1. Sinh hoạt dân chủ\n`;
const meetings = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel("Cuộc họp giao ban trong quý").id));
const at = (text: string, figure: string) => text.indexOf(figure);

describe("one month's meetings are not the quarter's", () => {
  it.each([
    [head("VĂN PHÒNG", "III năm 2026"), "Cử 01 công chức đi học; họp giao ban: tháng 7/2026: 03 cuộc, tháng 8/2026: 02 cuộc, tháng 9/2026: 03 cuộc, cộng cả quý: 08 cuộc.", "08"],
    [head("SỞ NỘI VỤ", "IV năm 2025"), "Đã tổ chức giao ban tháng 10/2025 là 02 cuộc, tháng 11/2025 là 01 cuộc, tháng 12/2025 là 02 cuộc, tổng cộng 05 cuộc.", "05"],
  ])("%#: the total, not a month's", (opening, line, total) => expect(meetings(`${opening}${line}\n`)).toBe(total));

  it("a month in a list of months, or beside the quarter, is a share; a month alone is not", () => {
    const list = "Giao ban:\n- Tháng 4: 04 cuộc;\n- Tháng 5: 01 cuộc;\n- Tháng 6: 04 cuộc.";
    expect(monthShare(list, at(list, "04"), at(list, "04") + 2, "quarter")).toBe(true);
    const beside = "giao ban tháng 3 họp 05 cuộc (cả quý 13 cuộc)";
    expect(monthShare(beside, at(beside, "05"), at(beside, "05") + 2, "quarter")).toBe(true);
    expect(monthShare(beside, at(beside, "13"), at(beside, "13") + 2, "quarter")).toBe(false);
    const alone = "Trong tháng 3, Văn phòng tổ chức 02 cuộc đối thoại.";
    expect(monthShare(alone, at(alone, "02"), at(alone, "02") + 2, "quarter")).toBe(false);
    const inQuarter = "Trong quý I, tháng 3 tiếp nhận 02 công chức; nâng lương từ tháng 4 năm 2026.";
    expect(monthShare(inQuarter, at(inQuarter, "02"), at(inQuarter, "02") + 2, "quarter")).toBe(false);
    const date = "ngày 15 tháng 3 họp 02 cuộc, tháng 4 họp 01 cuộc";
    expect(monthShare(date, at(date, "02"), at(date, "02") + 2, "quarter")).toBe(false);
    expect(monthShare(list, at(list, "04"), at(list, "04") + 2, "month")).toBe(false);
  });
});

describe("a plan beside what was done is not what was done", () => {
  it.each([
    [head("VĂN PHÒNG", "II năm 2026"), "Số cuộc giao ban: Kế hoạch quý II: 12 cuộc; thực tế tổ chức 10 cuộc do trùng kỳ họp HĐND.", "10"],
    [head("VĂN PHÒNG", "II năm 2026"), "Về giao ban, kế hoạch đặt ra 13 cuộc trong quý; Văn phòng họp được 10 cuộc.", "10"],
    [head("VĂN PHÒNG", "II năm 2026"), "Giao ban tuần\nKế hoạch quý II: 13 cuộc giao ban.\nThực hiện: 12 cuộc.", null],
  ])("%#: the plan is not bound", (opening, line, done) => expect(meetings(`${opening}${line}\n`)).toBe(done));

  it("labels of a plan, and what is no label", () => {
    const plan = (t: string, figure: string) => planLabelled(t, at(t, figure));
    expect(plan("KH: 13 cuộc/quý; TH: 11 cuộc", "13")).toBe(true);
    expect(plan("KH: 13 cuộc/quý; TH: 11 cuộc", "11")).toBe(false);
    expect(plan("tổ chức 12 cuộc giao ban (kế hoạch 13 cuộc)", "13")).toBe(true);
    expect(plan("tổ chức 12 cuộc giao ban (kế hoạch 13 cuộc)", "12")).toBe(false);
    expect(plan("Kế hoạch năm 2025: kiểm tra 05 phòng, đơn vị", "05")).toBe(true);
    expect(plan("theo kế hoạch, đã kiểm tra 03 đơn vị", "03")).toBe(false);
    expect(plan("Kế hoạch kiểm soát thủ tục hành chính gồm 05 nhóm công việc", "05")).toBe(false);
    expect(plan("Kế hoạch số 19/KH-VP ngày 20/01/2025", "20")).toBe(false);
    expect(plan("Kế hoạch: đã tổ chức 11 cuộc", "11")).toBe(false);
  });
});
