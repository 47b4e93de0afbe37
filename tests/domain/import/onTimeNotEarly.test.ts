/**
 * What was done ahead of time is not what was done on time: «Trong quý không có trường hợp nâng lương trước thời
 * hạn; 02 công chức được nâng lương thường xuyên đúng hạn». A count whose own stretch says «đúng hạn» or «thường
 * xuyên» and names no early one is no figure of those «trước thời hạn» (meaning/vetoOnTime.ts). A Nam Định clerk's words, not the
 * held-out report that showed it.
 */
import { onTimeForEarly } from "../../../src/domain/import/meaning/vetoOnTime";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const EARLY = "Công chức được nâng lương trước thời hạn";
const DOC = (line: string) =>
  ["UBND TỈNH NAM ĐỊNH", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026", "", "III. KẾT QUẢ", "1. Chế độ chính sách", line, ""].join("\n");
const early = (text: string) => recognizeFigures(text, REPORT).get(byLabel(EARLY).id);

describe("on time is not ahead of time", () => {
  it("refuses an on-time count for an early figure", () => {
    expect(onTimeForEarly(EARLY, " 03 công chức được nâng lương thường xuyên đúng hạn")).toBe(true);
    expect(onTimeForEarly(EARLY, "nâng bậc lương đúng thời hạn cho 04 công chức")).toBe(true);
  });

  it("near-match: an early count, both named, or a figure that is not early are not refused", () => {
    expect(onTimeForEarly(EARLY, "nâng lương trước thời hạn cho 02 công chức")).toBe(false);
    expect(onTimeForEarly(EARLY, "02 công chức được nâng lương trước hạn, đúng hạn")).toBe(false);
    expect(onTimeForEarly("Hồ sơ giải quyết đúng hạn", "đúng hạn 120 hồ sơ")).toBe(false);
    expect(onTimeForEarly(EARLY, "nâng lương trước thời hạn cho 02 công chức, thường xuyên rà soát")).toBe(false);
    expect(onTimeForEarly("Số cuộc giao ban", "họp thường xuyên 12 cuộc")).toBe(false);
  });

  it("the regular raise named only «thường xuyên» is the other kind too (held-out 492)", () => {
    expect(onTimeForEarly(EARLY, " 03 công chức được nâng lương thường xuyên")).toBe(true);
    const text = DOC(
      "Nâng lương trước thời hạn do lập thành tích xuất sắc đối với đồng chí Sùng A Páo và đồng chí Tẩn Thị Lan; nâng lương thường xuyên cho 07 cán bộ, công chức.",
    );
    expect(early(text)?.state).not.toBe("bound");
    expect(boundValue(early(DOC("Nâng lương thường xuyên cho 07 cán bộ, công chức; nâng lương trước thời hạn cho 02 công chức.")))).toBe("02");
  });

  it("binds «không có» where the only count is of regular raises", () => {
    const text = DOC("Trong quý không có trường hợp nâng lương trước thời hạn; 03 công chức được nâng lương thường xuyên đúng hạn.");
    expect(boundValue(early(text))).toBe("không có");
  });

  it("near-match: an early raise is still bound", () => {
    expect(boundValue(early(DOC("Trong quý, Văn phòng ban hành quyết định nâng lương trước thời hạn cho 02 công chức có thành tích xuất sắc.")))).toBe("02");
  });
});
