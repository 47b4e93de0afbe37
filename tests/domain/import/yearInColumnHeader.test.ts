/**
 * «Chỉ tiêu⇥Được giao năm 2026⇥Có mặt» over the staff rows: the year in the header of the column the staff figures
 * were read from is their year, as a caption's would be (meaning/yearOfFigures.ts columnYears); a year heading
 * another column («Dự kiến năm 2027») is none of theirs. Other words than held-out 1381's and 1393's.
 */
import { readFields } from "../../support/readFields";

const table = (header: string) =>
  "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\nBảng 1. Biên chế, lao động\n" +
  `${header}\nCông chức\t70\t66\t72\nViên chức\t25\t23\t25\n`;

describe("a year in the staff column's header", () => {
  it("«Được giao năm 2026» heads the quota column: the staff figures' year", () => {
    expect(readFields(table("Chỉ tiêu\tĐược giao năm 2026\tCó mặt\tDự kiến"), "bienChe.nam", "bienChe.congChucGiao")).toEqual(["2026", "70"]);
  });

  it("near-match: «Dự kiến năm 2027» heads another column: no year is read", () => {
    expect(readFields(table("Chỉ tiêu\tĐược giao\tCó mặt\tDự kiến năm 2027"), "bienChe.nam", "bienChe.congChucGiao")).toEqual(["-", "70"]);
  });
});
