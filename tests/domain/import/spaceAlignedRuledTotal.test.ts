/**
 * Held-out 1074 (a Sở's report typed as fixed-width «BIỂU» tables ruled with dashes): the «TỔNG CỘNG» row stood under
 * a rule of its own, so the table ended at that rule and the office's staff given was read from the first unit's row
 * (14 for 87); a row with «Không có» in a cell was not a table row, so the quarter's moves were read from the earlier
 * quarter's column. The block now goes on through a rule drawn between its rows, and none said in words is a cell.
 */
import { spaceAlignedTables } from "../../../src/domain/import/meaning/spaceAligned";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const RULE = "-".repeat(78);
const STAFF = [
  "STT  Đơn vị                                   CC giao  CC có mặt  HĐLĐ",
  RULE,
  " 1   Ban Giám đốc                                  05         05",
  " 2   Văn phòng Sở                                  14         13      07",
  " 3   Thanh tra Sở                                  09         08",
  RULE,
  "     TỔNG CỘNG                                     28         26      07",
  RULE,
].join("\n");
const MOVES = [
  "STT  Chỉ tiêu                                   Quý I/2025   Quý II/2025   Lũy kế 6 tháng",
  RULE,
  " 1   Tiếp nhận công chức                             23       Không có            23",
  " 2   Điều động, luân chuyển đi                       01             06            07",
  " 3   Bổ nhiệm Trưởng phòng                           03             02            05",
  RULE,
].join("\n");

const cells = (text: string) => text.split("\n").map((l) => l.split("\t").map((c) => c.trim()));

describe("a fixed-width table ruled with dashes", () => {
  it("reads its total row under a rule of its own as a row of the table, keeping the text's length", () => {
    const read = spaceAlignedTables(STAFF);
    expect(read.length).toBe(STAFF.length);
    expect(cells(read)[6]).toEqual(["", "TỔNG CỘNG", "28", "26", "07"]);
  });

  it("reads «Không có» as a cell", () => {
    expect(cells(spaceAlignedTables(MOVES))[2]).toEqual(["1", "Tiếp nhận công chức", "23", "Không có", "23"]);
  });

  it("binds the office's staff from the total row and the quarter's moves from its own column", () => {
    const text = `SỞ TÀI CHÍNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2025\nBIỂU 1. BIÊN CHẾ NĂM 2025\n${STAFF}\n\nBIỂU 3. CÔNG TÁC CÁN BỘ\n${MOVES}\n`;
    const r = recognizeFigures(text, REPORT);
    const bound = (id: string) => {
      const x = r.get(id);
      return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
    };
    expect(bound("bcdc:bienChe.congChucGiao")).toEqual(["28"]);
    expect(bound("bcdc:dieuDong.di")).toEqual(["06"]);
    expect(bound("bcdc:boNhiem.truongPhong")).toEqual(["02"]);
  });
});
