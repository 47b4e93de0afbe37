/**
 * «Bộ phận một cửa của Ban» in a report the header says a «Ban» issues is the reporting body's own desk
 * (meaning/vetoOwner.ts), as «của Sở» is under a «SỞ …» header. A Gia Lai economic-zone board's clerk's words.
 * The other side: «của Ban» under a department's header, and another board named in full, are another body's.
 */
import { otherOwner } from "../../../src/domain/import/meaning/vetoOwner";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const DESK = ["bộ phận một cửa"];
const BOARD = "ubnd tỉnh gia lai\nban quản lý khu kinh tế\n\nsố: 31/bc-bql\n";
const DEPARTMENT = "ubnd tỉnh gia lai\nsở nội vụ\n\nsố: 31/bc-snv\n";

describe("the reporting body called by its head noun", () => {
  it("«của Ban» under a board's header is its own desk", () => {
    expect(otherOwner("bộ phận một cửa của ban tiếp nhận", DESK, "văn phòng", BOARD, 0)).toBe(false);
  });

  it("near-miss: «của Ban» under a department's header, or another board by name, is another body", () => {
    expect(otherOwner("bộ phận một cửa của ban tiếp nhận", DESK, "văn phòng", DEPARTMENT, 0)).toBe(true);
    expect(otherOwner("bộ phận một cửa của ban thi đua - khen thưởng tiếp nhận", DESK, "văn phòng", BOARD, 0)).toBe(true);
  });

  it("binds the board's desk figures", () => {
    const text = [
      "UBND TỈNH GIA LAI",
      "BAN QUẢN LÝ KHU KINH TẾ",
      "",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026",
      "",
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "2. Cải cách hành chính",
      "Trong quý, Bộ phận một cửa của Ban tiếp nhận 38 hồ sơ, đã giải quyết 36 hồ sơ, đang giải quyết 02 hồ sơ.",
    ].join("\n");
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("38");
  });
});
