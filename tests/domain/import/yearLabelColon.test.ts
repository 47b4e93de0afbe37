/**
 * Held-out 1342 (a year's review «… năm 2025 (gồm kết quả quý IV)»): lines labelled by the year with a colon
 * («- Năm 2025: 50 cuộc giao ban», «Bằng khen: năm 2025: 09 cá nhân; quý IV: 03 cá nhân») gave the year's figures,
 * bound as the quarter's. A clause labelled by the report's year, comma or colon, is the whole year's in such a
 * report; staff given and present, and none over the year, still hold in the quarter.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const TITLE = "SỞ TƯ PHÁP\nSố: 412/BC-STP     Hà Tĩnh, ngày 19 tháng 12 năm 2025\nBÁO CÁO\nTổng kết thực hiện dân chủ ở cơ sở năm 2025 (kèm số liệu quý IV)\n\n";
const BODY = [
  "I. TÌNH HÌNH",
  "- Biên chế công chức năm 2025: được giao 47, có mặt 44.",
  "II. KẾT QUẢ",
  "- Trình Thủ tướng Chính phủ tặng Bằng khen: năm 2025: 06 cá nhân.",
  "- Năm 2025: tổ chức 48 cuộc họp giao ban của Ban Giám đốc với các phòng.",
  "- Năm 2025: không có công chức bị xử lý kỷ luật về tham nhũng.",
].join("\n");

const bound = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

describe("a clause labelled by the year with a colon in a year's report sent as quý IV's", () => {
  it("gives the year's figures, not the quarter's", () => {
    const text = TITLE + BODY;
    expect(bound(text, "bcdc:khenThuong.bangKhenTTg")).not.toEqual(["06"]);
    expect(bound(text, "bcdc:giaoBan.soCuoc")).not.toEqual(["48"]);
  });

  it("keeps staff given and present, and none over the year", () => {
    const text = TITLE + BODY;
    expect(bound(text, "bcdc:bienChe.congChucGiao")).toEqual(["47"]);
    expect(bound(text, "bcdc:bienChe.congChucThucHien")).toEqual(["44"]);
    expect(bound(text, "bcdc:thamNhung.soBiXuLy")).toEqual(["không có"]);
  });

  it("leaves a quarter's own report untouched", () => {
    const text = TITLE.replace("Tổng kết thực hiện dân chủ ở cơ sở năm 2025 (kèm số liệu quý IV)", "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2025") + BODY;
    expect(bound(text, "bcdc:giaoBan.soCuoc")).toEqual(["48"]);
  });
});
