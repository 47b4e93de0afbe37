/**
 * The report's data period in its opening, and its centre's own period in the centre's sentence that goes on to the
 * centre's figures, the two sharing their start (meaning/rangeChoice.ts singled, rangeTwins.ts): the range the
 * centre's figures follow is the centre's; the report's is what the centre takes only when it states none (truth
 * rulings, rule 5).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const shown = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
};

const text =
  "VĂN PHÒNG UBND TỈNH AN GIANG\nBÁO CÁO\nKết quả thực hiện dân chủ quý III năm 2026\n" +
  "Văn phòng UBND tỉnh báo cáo như sau (số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026):\n" +
  "III. CẢI CÁCH HÀNH CHÍNH\n" +
  "Trung tâm Phục vụ hành chính công tỉnh, từ ngày 15/6/2026 đến ngày 09/9/2026: tiếp nhận 12.410 hồ sơ; đã giải quyết 11.902 hồ sơ, đạt 95,91% (trước hạn 10.300; đúng hạn 1.560; trễ hạn 42 hồ sơ); đang giải quyết 508 hồ sơ.\n";

describe("the centre's own period beside the report's", () => {
  it("the centre's end date is the one its figures follow", () => {
    expect(shown(text, "bcdc:hcc.denNgay")).toBe("09/9/2026");
  });
  it("the shared start is bound, not left as a twin range's", () => {
    expect(shown(text, "bcdc:hcc.tuNgay")).not.toMatch(/^\?/u);
  });
});
