/**
 * The public-service units' quota («biên chế sự nghiệp») named by who fills it, «viên chức» (Luật Viên chức), where
 * the words are split: a table's row «Viên chức» under the columns «Được giao | Hiện có» (candidates.ts reads a cell
 * as its row's label then its column's header), and a line's short label glossed in brackets, «- VC (biên chế SN):
 * giao 46; có mặt 41» (staffPairs.ts). Written in other clerks' words than the held-out reports that showed it.
 */
import { staffFigures } from "../../support/recognized";

const staff = (text: string) => staffFigures(text).values;

describe("the units' quota named by its people, «viên chức», where the words are split", () => {
  it("a table's row «Viên chức» under «Được giao | Có mặt»", () => {
    const text = "Biên chế, lao động của cơ quan năm 2026:\n\nĐối tượng\tĐược giao\tCó mặt\nCông chức\t57\t52\nViên chức (đơn vị sự nghiệp trực thuộc)\t19\t17\nLao động hợp đồng\t\t06\n";
    const r = staff(text);
    expect(r).toMatchObject({ ccGiao: "57", ccCo: "52", snGiao: "19" });
    // «Viên chức | Có mặt» names no phrase the reports' language has whole: a miss, never another cell.
    expect([null, "17"]).toContain(r.snCo);
  });
  it("a numbered row «Viên chức» under «Được giao | Hiện có»", () => {
    const text = "Tình hình nhân sự (đến 14/3/2026):\n\nTT\tLoại\tĐược giao\tHiện có\n1\tCông chức\t33\t30\n2\tViên chức\t12\t11\n";
    const r = staff(text);
    expect(r).toMatchObject({ ccGiao: "33", ccCo: "30", snGiao: "12" });
    expect([null, "11"]).toContain(r.snCo);
  });
  it("a short label glossed in brackets: «- VC (biên chế SN): giao 27; có mặt 25»", () => {
    const text = "Biên chế năm 2026:\n- CC: giao 74; có mặt 70.\n- VC (biên chế SN): giao 27; có mặt 25.\n- HĐLĐ: 09.";
    expect(staff(text)).toEqual({ ccGiao: "74", ccCo: "70", snGiao: "27", snCo: "25" });
  });
  it("near-match: «Viên chức» in a table of training is no quota", () => {
    const text = "Đào tạo, bồi dưỡng trong quý:\n\nĐối tượng\tĐược cử đi học\tĐã hoàn thành\nCông chức\t08\t06\nViên chức\t04\t03\n";
    const r = staff(text);
    expect(r.snGiao).toBeNull();
    expect(r.snCo).toBeNull();
  });
  it("near-match: a bracket that counts is no gloss of the label", () => {
    const r = staff("Đoàn viên công đoàn:\n- Viên chức (03 đơn vị): giao 46; có mặt 41.");
    expect(r.snGiao).toBeNull();
  });
});
