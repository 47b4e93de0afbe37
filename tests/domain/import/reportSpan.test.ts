/**
 * The report's period named with its dates in brackets in the opening («… quý I năm 2026 (từ ngày 15/12/2025 đến ngày
 * 14/3/2026) như sau:»), the only range of the text: the centre whose figures state no period of their own takes it
 * (meaning/reportSpan.ts, rangeChoice.ts; truth rulings, rule 5). A report with no centre's figures binds no date.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const shown = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state;
};

const opening =
  "VĂN PHÒNG UBND TỈNH HÀ TĨNH\nBÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n" +
  "Văn phòng UBND tỉnh báo cáo kết quả thực hiện dân chủ quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026) như sau:\n" +
  "1. Giao ban: trong quý tổ chức 12 cuộc giao ban.\n";
const centre =
  "3. Trung tâm Phục vụ hành chính công tỉnh\nTrong quý, Trung tâm tiếp nhận 8.120 hồ sơ; đã giải quyết 7.950 hồ sơ, đạt 97,91% (trước hạn 7.002, đúng hạn 900, trễ hạn 48 hồ sơ); đang giải quyết 170 hồ sơ, chiếm 2,09%.\n";

describe("the report's bracketed period, the centre stating none", () => {
  it("is the centre's period", () => {
    expect([shown(opening + centre, "bcdc:hcc.tuNgay"), shown(opening + centre, "bcdc:hcc.denNgay")]).toEqual(["15/12/2025", "14/3/2026"]);
  });
  it("binds nothing in a report without the centre's figures", () => {
    expect(shown(opening, "bcdc:hcc.tuNgay")).toBe("notFound");
  });
});
