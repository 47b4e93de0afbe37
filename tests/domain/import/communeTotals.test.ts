/**
 * A commune's own monthly report (meaning/communeTotals.ts): the commune is the lowest level the form's totals add up,
 * so its totals are its level's account, and its chairman's and deputy's lines are that level's members' shares.
 * Written here by a clerk of phường Tân An, and the same lines under a province board's header.
 */
import { communeLevelTotals } from "../../../src/domain/import/meaning/communeTotals";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT, builtInDefinition } from "../../support/forms";
import { byLabel } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const id = (label: string) => byLabel(label, MONTHLY).id;

const report = (header: string) => `${header}
Số: 95/BC-UBND

BÁO CÁO
Kết quả công tác tiếp công dân tháng 10/2026

Về số lượng: Trong tháng 10/2026, lãnh đạo Ủy ban nhân dân phường đã tiếp tổng cộng mười sáu (16) lượt công dân với hai mươi (20) người, trong đó tiếp định kỳ mười hai (12) lượt, tiếp đột xuất bốn (04) lượt.

Về người tiếp: Chủ tịch UBND phường tiếp định kỳ tám (08) lượt, đột xuất một (01) lượt; Phó Chủ tịch UBND phường tiếp định kỳ bốn (04) lượt, đột xuất ba (03) lượt.
`;
const COMMUNE = report("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN");
const PROVINCE = report("UBND TỈNH AN GIANG\nBAN TIẾP CÔNG DÂN");

const places = (r: Recognition | undefined) => (r?.state === "bound" ? r.occurrences : r?.state === "ambiguous" ? r.candidates : []).map((o) => `${o.input}@${o.line}`);

describe("a commune's own monthly report", () => {
  it("pairs each figure of the form's commune level with its total, from the form's sums and bounds alone", () => {
    const pairs = communeLevelTotals(MONTHLY);
    expect(pairs.get(id("Lượt tiếp của lãnh đạo UBND các huyện, thành phố"))).toBe(id("Tổng số lượt tiếp công dân"));
    expect(pairs.get(id("Lượt tiếp định kỳ cấp huyện"))).toBe(id("Lượt tiếp định kỳ"));
    expect(pairs.get(id("Lượt tiếp đột xuất cấp huyện"))).toBe(id("Lượt tiếp đột xuất"));
    expect(pairs.get(id("Số người được cấp huyện tiếp"))).toBe(id("Tổng số người được tiếp (đến khiếu nại, tố cáo, kiến nghị, phản ánh)"));
    expect(pairs.get(id("Đoàn đông người cấp huyện tiếp"))).toBe(id("Số đoàn đông người"));
    // The province's and the departments' figures are other levels: no pair.
    expect(pairs.has(id("Lượt tiếp của lãnh đạo UBND tỉnh"))).toBe(false);
    expect(pairs.size).toBe(5);
    // A form without totals across levels has no commune level.
    expect(communeLevelTotals(REPORT).size).toBe(0);
  });

  it("offers the level's figures at its totals' places, never a deputy's share", () => {
    const r = recognizeFigures(COMMUNE, MONTHLY);
    expect(places(r.get(id("Lượt tiếp định kỳ")))).toEqual(["12@8"]);
    expect(r.get(id("Lượt tiếp định kỳ"))?.state).toBe("bound");
    for (const [level, want] of [
      ["Lượt tiếp của lãnh đạo UBND các huyện, thành phố", "16@8"],
      ["Lượt tiếp định kỳ cấp huyện", "12@8"],
      ["Lượt tiếp đột xuất cấp huyện", "04@8"],
      ["Số người được cấp huyện tiếp", "20@8"],
    ] as const) {
      expect(r.get(id(level))?.state).toBe("ambiguous");
      expect(places(r.get(id(level)))).toEqual([want]);
    }
  });

  it("reads the same lines under a province board's header as before: no level is its totals there", () => {
    const r = recognizeFigures(PROVINCE, MONTHLY);
    expect(places(r.get(id("Lượt tiếp định kỳ")))).toEqual(["12@8"]);
    for (const [level, total] of [
      ["Lượt tiếp của lãnh đạo UBND các huyện, thành phố", "16@8"],
      ["Lượt tiếp định kỳ cấp huyện", "12@8"],
      ["Số người được cấp huyện tiếp", "20@8"],
    ] as const) {
      expect(places(r.get(id(level)))).not.toContain(total);
    }
  });
});
