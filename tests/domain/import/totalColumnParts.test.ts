/**
 * A table whose rows are the form's items and whose columns are the office's rooms, summed by a «Cộng» column
 * (totalColumnParts.ts): the item's figure is the total's cell, not the first room's, even where the form's exact
 * wording («Thạc sĩ:? {N}») reads the first number after the row's label. Rooms and figures in other words than the
 * held-out report's.
 */
import { partOfTotalColumn } from "../../../src/domain/import/meaning/totalColumnParts";
import { readFields } from "../../support/readFields";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const read = (text: string, ...ids: string[]): string[] => readFields(TITLE + text, ...ids);
const count = (label: string) => ({ kind: "count" as const, label });

const table = (last: string, doctors = "1\t0\t0\t1") =>
  "I. TÌNH HÌNH TỔ CHỨC, BIÊN CHẾ\nSố liệu công chức theo từng phòng:\n" +
  `Nội dung\tVăn phòng\tPhòng Nghiệp vụ\tPhòng Pháp chế\t${last}\n` +
  `Tiến sĩ\t${doctors}\n` +
  "Thạc sĩ\t6\t2\t3\t11\n" +
  "Đại học\t7\t9\t4\t20\n" +
  "Cao cấp lý luận chính trị\t3\t1\t2\t6\n";

describe("a «Cộng» column sums the rooms' columns (totalColumnParts.ts)", () => {
  it("each item's figure is the total's cell, though the wording reads the first room's", () => {
    expect(read(table("Cộng"), "trinhDo.tienSi", "trinhDo.thacSi", "trinhDo.daiHoc", "llct.caoCap")).toEqual(["1", "11", "20", "6"]);
    expect(read(table("Tổng số"), "trinhDo.thacSi", "trinhDo.daiHoc")).toEqual(["11", "20"]);
  });

  it("a room's cell is refused for a label that does not name the room, kept for one that does", () => {
    const text = TITLE + table("Cộng");
    const at = text.indexOf("6\t2\t3\t11");
    expect(partOfTotalColumn(text, count("Thạc sĩ"), { start: at, end: at + 1 })).toBe(true);
    expect(partOfTotalColumn(text, count("Thạc sĩ của Văn phòng"), { start: at, end: at + 1 })).toBe(false);
    expect(partOfTotalColumn(text, count("Thạc sĩ (Văn phòng)"), { start: at, end: at + 1 })).toBe(false);
    const total = text.indexOf("11\n");
    expect(partOfTotalColumn(text, count("Thạc sĩ"), { start: total, end: total + 2 })).toBe(false);
  });

  it("near: a last column that is one more room, not a total, is no total: the first room's cell stays the wording's", () => {
    expect(read(table("Phòng Thanh tra"), "trinhDo.thacSi", "trinhDo.daiHoc")).toEqual(["6", "7"]);
    const text = TITLE + table("Phòng Thanh tra");
    const at = text.indexOf("6\t2\t3\t11");
    expect(partOfTotalColumn(text, count("Thạc sĩ"), { start: at, end: at + 1 })).toBe(false);
  });

  it("near: a row with one room's figure only is no sum of parts", () => {
    const text = TITLE + table("Cộng", "1\t\t\t1");
    const at = text.indexOf("1\t\t\t1");
    expect(partOfTotalColumn(text, count("Tiến sĩ"), { start: at, end: at + 1 })).toBe(false);
  });
});

describe("a «Cộng» row: its column's header is all that describes its cells (candidates.ts)", () => {
  // A department's own report: its desk at the province's centre is the form's desk (deskReading.ts).
  const table = (last: string) =>
    "UBND TỈNH PHÚ YÊN\nSỞ TƯ PHÁP\nBÁO CÁO\nTình hình thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. KẾT QUẢ THỰC HIỆN\n" +
    "3. Hồ sơ thủ tục hành chính của Sở tại Trung tâm Phục vụ hành chính công tỉnh trong quý (Biểu 1):\n" +
    "STT\tLĩnh vực\tTiếp nhận\tĐang giải quyết\n1\tHộ tịch\t40\t3\n2\tLý lịch tư pháp\t25\t1\n3\tCông chứng\t17\t2\n" +
    `\t${last}\t82\t6\n`;

  it("the total row's cells are the desk's figures, read from the column's header at full weight", () => {
    expect(readFields(table("Cộng"), "motCuaVp.tiepNhan", "motCuaVp.dangGiaiQuyet")).toEqual(["82", "6"]);
  });

  it("near: a last row of one more field, no total, binds no field's figure from a field's row", () => {
    const [tiepNhan] = readFields(table("Chứng thực"), "motCuaVp.tiepNhan");
    expect(tiepNhan).not.toBe("82");
    expect(tiepNhan).not.toBe("40");
  });
});
