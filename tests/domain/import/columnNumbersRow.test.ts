/**
 * A table whose columns are numbered on a row of their own under the header, «(1) | (2) | (3) | (4)=(2)+(3)» or
 * «A | B | (1) | …» (the annexes of the official forms): that row says how the columns are computed, not what they
 * hold, so the header above it still names each column, «Tổng cộng» included (tableGrid.ts). Rooms, units and figures
 * in other words than the held-out reports'.
 */
import { readFields } from "../../support/readFields";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\n";
const read = (text: string, ...ids: string[]): string[] => readFields(TITLE + text, ...ids);

const table = (last: string, marks: string | null) =>
  "PHỤ LỤC\nSỐ LƯỢNG, TRÌNH ĐỘ CÔNG CHỨC, VIÊN CHỨC\n\n" +
  `TT\tNội dung\tCác phòng chuyên môn\tTrung tâm Lưu trữ\t${last}\n` +
  (marks === null ? "" : `${marks}\n`) +
  "1\tTiến sĩ\t2\t0\t2\n" +
  "2\tThạc sĩ\t17\t5\t22\n" +
  "3\tĐại học\t26\t12\t38\n" +
  "4\tCao cấp lý luận chính trị\t9\t1\t10\n" +
  "5\tTrung cấp lý luận chính trị\t14\t6\t20\n";

const IDS = ["trinhDo.thacSi", "trinhDo.daiHoc", "llct.caoCap", "llct.trungCap"];

describe("a row numbering the columns under the header (tableGrid.ts)", () => {
  it("«(1) | (2) | (3) | (4)=(2)+(3)»: the «Tổng cộng» column is still the total, each item's figure is its cell", () => {
    expect(read(table("Tổng cộng", "\t(1)\t(2)\t(3)\t(4)=(2)+(3)"), ...IDS)).toEqual(["22", "38", "10", "20"]);
  });

  it("«A | B | (1) | (2) | (3)=(1)+(2)»: letters for the label columns, the same", () => {
    expect(read(table("Cộng", "A\tB\t(1)\t(2)\t(3)=(1)+(2)"), ...IDS)).toEqual(["22", "38", "10", "20"]);
  });

  it("as without the row: the total column read the same way", () => {
    expect(read(table("Tổng cộng", null), ...IDS)).toEqual(["22", "38", "10", "20"]);
  });

  it("near: a last column that is one more unit, not a total, is no total under a numbering row either", () => {
    const [thacSi] = read(table("Nhà khách", "\t(1)\t(2)\t(3)\t(4)"), "trinhDo.thacSi");
    expect(thacSi).not.toBe("22");
  });
});
