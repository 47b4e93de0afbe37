/**
 * Held-out 1101 (a year's report sent as the fourth quarter's, «có số liệu riêng quý IV/2025»): sentences opening on
 * «Năm 2025,» gave the year's appointments, moves, awards and checks, bound as the quarter's, while the quarter's own
 * were said apart («Riêng quý IV/2025: …»). A sentence opening on the report's year is now the year's, except what
 * holds in the quarter too: staff given and present, and none over the year.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const TITLE = "VĂN PHÒNG UBND THÀNH PHỐ\nBÁO CÁO\nTổng kết công tác thực hiện dân chủ ở cơ sở năm 2025\n(có số liệu riêng quý IV/2025) và nhiệm vụ năm 2026\n\n";
const BODY = [
  "I. TÌNH HÌNH",
  "Năm 2025, Văn phòng được giao 128 biên chế công chức, hiện có 121 công chức.",
  "II. KẾT QUẢ",
  "Năm 2025, Văn phòng bổ nhiệm 05 Trưởng phòng và 11 Phó Trưởng phòng; điều động, luân chuyển đi 13 người.",
  "Riêng quý IV/2025: không có trường hợp bổ nhiệm Trưởng phòng.",
  "Năm 2025, không có công chức của Văn phòng bị xử lý vì hành vi tham nhũng.",
].join("\n");

const bound = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

describe("a sentence opening on the year in a year's report sent as quý IV's", () => {
  it("gives the year's figures, not the quarter's", () => {
    const text = TITLE + BODY;
    expect(bound(text, "bcdc:boNhiem.phoPhong")).not.toEqual(["11"]);
    expect(bound(text, "bcdc:dieuDong.di")).not.toEqual(["13"]);
    expect(bound(text, "bcdc:boNhiem.truongPhong")).toEqual(["không có"]);
  });

  it("keeps what holds in the quarter too: staff given and present, none over the year", () => {
    const text = TITLE + BODY;
    expect(bound(text, "bcdc:bienChe.congChucGiao")).toEqual(["128"]);
    expect(bound(text, "bcdc:bienChe.congChucThucHien")).toEqual(["121"]);
    expect(bound(text, "bcdc:thamNhung.soBiXuLy")).toEqual(["không có"]);
  });

  it("leaves a quarter's own report untouched", () => {
    const text = TITLE.replace("Tổng kết công tác thực hiện dân chủ ở cơ sở năm 2025\n(có số liệu riêng quý IV/2025) và nhiệm vụ năm 2026", "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2025") + BODY;
    expect(bound(text, "bcdc:dieuDong.di")).toEqual(["13"]);
  });
});
