/**
 * The traps of held-out 51, 52 and monthly 57, written again in other clerks' words: the next quarter's tasks and a
 * plan column («Kế hoạch / Thực hiện», «KH / TH», «Chỉ tiêu / Kết quả») are no done figure (planPlaces.ts); another
 * body's deputies («Phó Giám đốc Sở», «Phó Chủ tịch UBND xã») are not the office's (vetoDeputy.ts); a table's total
 * of what the table is about is no other figure (blindTotal.ts); one body's row is not a level's (singleBodyRow.ts).
 */
import { blindTotal, totalCellAbout } from "../../../src/domain/import/meaning/blindTotal";
import { inTasksPart, planColumn } from "../../../src/domain/import/meaning/planPlaces";
import { singleBodyRow } from "../../../src/domain/import/meaning/singleBodyRow";
import { otherBodysDeputy } from "../../../src/domain/import/meaning/vetoDeputy";
import { featureSet } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition, REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = (office: string, quarter: string) =>
  `UBND TỈNH NGHỆ AN\n${office}\nSố: 57/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý ${quarter}\n\nI. TÌNH HÌNH CHUNG\n`;
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));
const at = (t: string, n: string) => ({ start: t.indexOf(n), end: t.indexOf(n) + n.length });

describe("a plan is not what was done", () => {
  it.each([
    // The next quarter's tasks under their own part.
    [`${head("VĂN PHÒNG", "II năm 2026")}II. KẾT QUẢ\nVăn phòng duy trì họp giao ban theo quy chế.\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2026\n1. Tổ chức 13 cuộc giao ban giữa Lãnh đạo Văn phòng với các phòng.\n`, null],
    // A table with «KH» and «TH» columns: the plan's 13 is never bound.
    [`${head("VĂN PHÒNG", "II năm 2026")}II. KẾT QUẢ\nNội dung\tĐVT\tKH\tTH\nHọp giao ban\tcuộc\t13\t11\n`, "11"],
    // «Chỉ tiêu» and «Kết quả».
    [`${head("VĂN PHÒNG", "II năm 2026")}II. KẾT QUẢ\nNội dung\tChỉ tiêu quý II\tKết quả\nCuộc họp giao ban\t12\t10\n`, "10"],
  ])("%#: the meetings are never the plan's", (text, done) => {
    const got = value(text, "Cuộc họp giao ban trong quý");
    expect(got === null || got === done).toBe(true);
    expect(got).not.toBe("13");
    expect(got).not.toBe("12");
  });

  it("plan headers and the tasks' part", () => {
    expect(planColumn("Kế hoạch quý I")).toBe(true);
    expect(planColumn("KH")).toBe(true);
    expect(planColumn("Chỉ tiêu giao")).toBe(true);
    expect(planColumn("Thực hiện quý I/2026")).toBe(false);
    expect(planColumn("Kết quả")).toBe(false);
    const text = "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\nhọp 11 cuộc\nIII. NHIỆM VỤ QUÝ TỚI\ntổ chức 13 cuộc\nBiểu số 1\nHọp\t11";
    expect(inTasksPart(text, text.indexOf("11"))).toBe(false);
    expect(inTasksPart(text, text.indexOf("13"))).toBe(true);
    expect(inTasksPart(text, text.lastIndexOf("11"))).toBe(false);
  });
});

describe("another body's deputies are not the office's", () => {
  it.each([
    `${head("SỞ NỘI VỤ", "III năm 2025")}Lãnh đạo Sở gồm Giám đốc và 03 Phó Giám đốc Sở; Văn phòng Sở có 01 Chánh Văn phòng.\n`,
    `${head("VĂN PHÒNG", "III năm 2025")}Đoàn kiểm tra làm việc với xã Nghĩa Đàn: Phó Chủ tịch UBND xã: 02 đồng chí tham dự.\n`,
  ])("%#: no deputy of the office is read", (text) => {
    expect(value(text, "Số Phó Chánh Văn phòng")).toBeNull();
  });

  it("the office's own deputies, however shortened", () => {
    expect(value(`${head("VĂN PHÒNG", "III năm 2025")}Lãnh đạo Văn phòng gồm Chánh Văn phòng và 03 Phó Chánh VP.\n`, "Số Phó Chánh Văn phòng")).toBe("03");
    const label = "Số Phó Chánh Văn phòng";
    const t = "Thanh tra tỉnh có Chánh Thanh tra và ba (03) Phó Chánh Thanh tra; Văn phòng có 02 Phó Chánh Văn phòng.";
    expect(otherBodysDeputy(label, t, at(t, "03").start, at(t, "03").end)).toBe(true);
    expect(otherBodysDeputy(label, t, at(t, "02").start, at(t, "02").end)).toBe(false);
    const head2 = "Văn phòng có 01 Chánh Văn phòng";
    expect(otherBodysDeputy(label, head2, at(head2, "01").start, at(head2, "01").end)).toBe(true);
  });
});

describe("a table's total or one body's row is not another figure", () => {
  it("a staff table's total is not deputies appointed", () => {
    const text = `${head("VĂN PHÒNG", "I năm 2026")}II. KẾT QUẢ\nTrong quý, Văn phòng bổ nhiệm 01 Trưởng phòng.\nBiểu 2. Trình độ công chức, viên chức\nLoại\tTổng số\tThạc sĩ\tĐại học\nCông chức\t40\t12\t28\nViên chức\t18\t03\t15\nTổng cộng\t58\t15\t43\n`;
    expect(value(text, "Tổng số Phó Trưởng phòng được bổ nhiệm")).toBeNull();
    const total = at(text, "58");
    expect(blindTotal(totalCellAbout(text, total), featureSet("Tổng số Phó Trưởng phòng được bổ nhiệm"))).toBe(true);
    expect(blindTotal(totalCellAbout(text, total), featureSet("Thạc sĩ công chức viên chức"))).toBe(false);
    expect(totalCellAbout(text, at(text, "40"))).toBeNull();
  });

  it.each([
    "Cấp tiếp\tSố lượt\tSố người\nLãnh đạo UBND tỉnh\t02\t05\nThủ trưởng các sở, ngành\t10\t12\nUBND huyện Quỳ Hợp\t07\t09\n",
    "Nơi tiếp\tLượt\tNgười\nLãnh đạo UBND Thành phố\t0\t0\nCác sở, ngành\t14\t17\n",
  ])("%#: one body's row is no level's figure", (table) => {
    const text = `ỦY BAN NHÂN DÂN TỈNH\nBAN TIẾP CÔNG DÂN\nBÁO CÁO\nKết quả tiếp công dân tháng 3/2026\n1. Kết quả\n${table}`;
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const level = monthly.fields.find((f) => f.label === "Lượt tiếp của lãnh đạo UBND các huyện, thành phố")!;
    const got = boundValue(recognizeFigures(text, monthly).get(level.id));
    expect(["02", "07", "0"]).not.toContain(got);
    const row = text.split("\n").find((l) => /UBND (?:huyện|Thành phố)/u.test(l))!;
    const cell = text.indexOf(row) + row.indexOf("\t") + 1;
    expect(singleBodyRow(text, { start: cell, end: cell + 1 })).toBe(true);
  });
});
