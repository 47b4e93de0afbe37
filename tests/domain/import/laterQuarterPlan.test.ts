/**
 * Which quarter a number is written for (meaning/periodScope.ts, periodMarkers.ts), two ways clerks write: a later
 * quarter opening a clause in the body is the plan's («- Kế hoạch quý III: … luân chuyển 03 công chức», «(quý III cử
 * 02 đồng chí)» in quý II's report), not what the quarter did — but in the closing part on the next period's tasks it
 * is that part's own subject, and a figure planned for the quarter may be written so (the veto asks laterPlanned
 * only for the others); and a quarter that «là» equates with its figure («Số cuộc giao ban quý I là 10 cuộc,
 * quý II 12 cuộc, quý III 13 cuộc») labels it as a colon does, no comparison's basis. A clerk's sentences.
 */
import { isOtherPeriod, laterPlanned } from "../../../src/domain/import/meaning/periodScope";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";

function at(text: string, figure: string, from = 0): [number, number] {
  const i = text.indexOf(figure, from);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const q2 = scopeOfKind("quarter", 2, 2026);
const q3 = scopeOfKind("quarter", 3, 2026);

describe("a later quarter opening its clause in the body", () => {
  it("makes a plan line's numbers the plan's, past its «;»", () => {
    const text = "II. KẾT QUẢ\n- Kết quả quý II: không có trường hợp luân chuyển.\n- Kế hoạch quý III: bổ nhiệm 02 Phó Trưởng phòng; luân chuyển 03 công chức giữa các phòng.\n";
    expect(laterPlanned(text, ...at(text, "03"), q2)).toBe(true);
    expect(laterPlanned(text, ...at(text, "02"), q2)).toBe(true);
  });

  it("and a bracket that opens with it", () => {
    const text = "Lý luận chính trị: cao cấp 18, trung cấp 12; kế hoạch năm cử 04 đồng chí đi học cao cấp (quý III cử 02 đồng chí).";
    expect(laterPlanned(text, ...at(text, "02"), q2)).toBe(true);
    expect(laterPlanned(text, ...at(text, "18"), q2)).toBe(false);
  });

  it("near-match: the report's own quarter, an earlier one as a comparison's basis, the tasks part", () => {
    const own = "- Kết quả quý II: luân chuyển 03 công chức giữa các phòng.";
    expect(laterPlanned(own, ...at(own, "03"), q2)).toBe(false);
    // The same line in a report for quý III is its own quarter's.
    const line = "- Kế hoạch quý III: bổ nhiệm 02 Phó Trưởng phòng; luân chuyển 03 công chức.";
    expect(laterPlanned(line, ...at(line, "03"), q3)).toBe(false);
    const tasks = "II. KẾT QUẢ\nĐã kiểm tra 01 đơn vị.\nIII. NHIỆM VỤ QUÝ III NĂM 2026\n- Trong quý III: kiểm tra 02 đơn vị.\n";
    expect(laterPlanned(tasks, ...at(tasks, "02"), q2)).toBe(false);
    // Unasked, a later quarter is no other period: a figure planned for the quarter may be written so.
    expect(isOtherPeriod(line, ...at(line, "03"), q2)).toBe(false);
  });
});

describe("a quarter that «là» equates with its figure", () => {
  const text = "Số cuộc giao ban quý I là 10 cuộc (do nghỉ Tết), quý II 12 cuộc, quý III 13 cuộc; cộng 9 tháng 35 cuộc.";
  it("labels it: an earlier quarter's figure is another period's", () => {
    expect(isOtherPeriod(text, ...at(text, "10"), q3)).toBe(true);
    expect(isOtherPeriod(text, ...at(text, "12"), q3)).toBe(true);
  });
  it("near-match: the report's own quarter's item, and an earlier quarter named only as a basis", () => {
    expect(isOtherPeriod(text, ...at(text, "13"), q3)).toBe(false);
    const basis = "Tổ chức 13 cuộc giao ban, nhiều hơn quý I 03 cuộc.";
    expect(isOtherPeriod(basis, ...at(basis, "13"), q3)).toBe(false);
  });
});
