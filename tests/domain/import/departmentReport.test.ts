/**
 * A department's own monthly report on citizen reception (meaning/departmentReport.ts, communeTotals.ts): the
 * department is the form's departments' level, its figures are that level's and the totals', the province's and the
 * communes' levels take none of its numbers. Written here by a clerk of a Sở Tư pháp, and the same lines under the
 * province inspectorate's header, where they stay as before. Then «Ngoài số liệu trên …» (beyondFigures.ts).
 */
import { besidesFiguresAbove } from "../../../src/domain/import/meaning/beyondFigures";
import { departmentLevelTotals } from "../../../src/domain/import/meaning/communeTotals";
import { departmentIssuer } from "../../../src/domain/import/meaning/departmentReport";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { builtInDefinition } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const id = (label: string) => byLabel(label, MONTHLY).id;

const report = (header: string) => `${header}
Số: 210/BC-STP

BÁO CÁO
Kết quả tiếp công dân tháng 9 năm 2026

1. Kết quả tiếp công dân của lãnh đạo Sở
Trong tháng, lãnh đạo Sở đã tiếp 08 lượt với 15 người, trong đó:
- Tiếp định kỳ: 05 lượt, 07 người, do đồng chí Giám đốc Sở chủ trì;
- Tiếp đột xuất: 03 lượt, 08 người, do đồng chí Phó Giám đốc Sở được Giám đốc ủy quyền chủ trì.
`;
const DEPARTMENT = report("UBND TỈNH NINH BÌNH\nSỞ TƯ PHÁP");

const places = (r: Recognition | undefined) => (r?.state === "bound" ? r.occurrences : r?.state === "ambiguous" ? r.candidates : []).map((o) => o.input);

describe("a department's own monthly report", () => {
  it("is told from the header's issuing body", () => {
    expect(departmentIssuer({ body: "sở tư pháp" })).toBe(true);
    expect(departmentIssuer({ body: "thanh tra tỉnh" })).toBe(false);
    expect(departmentIssuer({ body: "ban tiếp công dân" })).toBe(false);
    expect(departmentIssuer({ body: null })).toBe(false);
  });

  it("pairs the departments' level with the totals, from the form alone", () => {
    const pairs = departmentLevelTotals(MONTHLY);
    expect(pairs.get(id("Lượt tiếp của thủ trưởng các sở, ban, ngành"))).toBe(id("Tổng số lượt tiếp công dân"));
    expect(pairs.has(id("Lượt tiếp của lãnh đạo UBND tỉnh"))).toBe(false);
  });

  it("gives the province's and the communes' levels none of its numbers, and its kinds to the totals", () => {
    const r = recognizeFigures(DEPARTMENT, MONTHLY);
    for (const label of ["Lượt tiếp định kỳ cấp huyện", "Lượt tiếp đột xuất cấp huyện", "Số người được lãnh đạo UBND tỉnh tiếp", "Lượt tiếp của lãnh đạo UBND tỉnh"]) {
      expect(boundValue(r.get(id(label)))).toBeNull();
    }
    expect(boundValue(r.get(id("Lượt tiếp định kỳ")))).toBe("05");
    expect(boundValue(r.get(id("Lượt tiếp đột xuất")))).toBe("03");
    // The department's own level is offered where its totals are, never bound by itself.
    expect(boundValue(r.get(id("Lượt tiếp của thủ trưởng các sở, ban, ngành")))).toBeNull();
  });

  it("under the province inspectorate's header the same lines are read as before", () => {
    const r = recognizeFigures(report("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH"), MONTHLY);
    expect(places(r.get(id("Lượt tiếp đột xuất cấp huyện")))).toEqual(["03"]);
    expect(boundValue(r.get(id("Lượt tiếp đột xuất")))).toBeNull();
  });
});

describe("«Ngoài số liệu trên»: left out of the sums' figures", () => {
  it("holds to its sentence's end, on its line", () => {
    const line = "Lãnh đạo các cấp tiếp 40 lượt. Ngoài số liệu trên, Ban Tiếp công dân tỉnh tiếp thường xuyên 1.250 lượt với 96 người. Lũy kế 9 tháng 310 lượt.";
    expect(besidesFiguresAbove(line, line.indexOf("1.250"))).toBe(true);
    expect(besidesFiguresAbove(line, line.indexOf("96"))).toBe(true);
    expect(besidesFiguresAbove(line, line.indexOf("40"))).toBe(false);
    expect(besidesFiguresAbove(line, line.indexOf("310"))).toBe(false);
    const note = "- Ngoài các số liệu nêu trên: Chủ tịch UBND các xã tiếp 33 lượt (báo cáo riêng).";
    expect(besidesFiguresAbove(note, note.indexOf("33"))).toBe(true);
  });

  it("a total takes no such number; the regular reception kept apart from the sums may", () => {
    const text = `BÁO CÁO\nKết quả tiếp công dân tháng 9 năm 2026\n\nCông chức Phòng tiếp công dân của Sở tiếp công dân thường xuyên 27 lượt, 31 người.\n`;
    const besides = text.replace("Công chức", "Ngoài số liệu trên, công chức");
    const read = (t: string) => recognizeFigures(`UBND TỈNH NINH BÌNH\nSỞ TƯ PHÁP\n${t}`, MONTHLY);
    expect(places(read(text).get(id("Tổng số lượt tiếp công dân")))).toEqual(["27"]);
    expect(places(read(besides).get(id("Tổng số lượt tiếp công dân")))).toEqual([]);
    expect(boundValue(read(besides).get(id("Lượt tiếp thường xuyên tại Trụ sở Tiếp công dân")))).toBe("27");
  });
});
