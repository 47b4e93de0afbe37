/**
 * Number styles other than the house style and a branch set apart (stop 45's unseen batch, held-out 1230–1236):
 * thousands grouped by a PDF's thin space, and «Riêng điểm tiếp nhận …» after the whole centre's figures. Other
 * clerks' sentences than the held-out reports'.
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { parseWholeNumber } from "../../../src/domain/vnNumber";
import { parseField } from "../../../src/domain/fieldValues";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nIII. CẢI CÁCH HÀNH CHÍNH\n";

describe("thousands grouped by a thin space (U+2009)", () => {
  it("is one number in a report and in the pane's box", () => {
    expect(findNumbers("tiếp nhận 41\u2009207 hồ sơ").map((t) => t.text)).toEqual(["41\u2009207"]);
    expect(parseWholeNumber("41\u2009207")).toEqual(parseWholeNumber("41.207"));
  });
});

describe("a dash for zero", () => {
  it("is the item's value after a colon, in a report and in the pane's box", () => {
    const text =
      "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nI. TỔ CHỨC, BIÊN CHẾ\n" +
      "Lý luận chính trị: cao cấp 29, trung cấp 35; đang học: —.\n";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:llct.dangHoc"))).toBe("—");
    expect(parseField(REPORT.byId.get("bcdc:llct.dangHoc")!, "—")).toEqual({ ok: true, value: { kind: "number", value: 0 } });
  });

  it("is no zero inside a sentence or between two names", () => {
    const text =
      "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nI. TỔ CHỨC, BIÊN CHẾ\n" +
      "Lý luận chính trị: cao cấp 29, trung cấp 35 — đang học 02 đồng chí.\n";
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:llct.dangHoc"))).toBe("02");
  });
});

describe("a branch set apart after the whole", () => {
  it("leaves the whole centre's figures to the sentence that gives them", () => {
    const text =
      `${TITLE}3. Trung tâm Phục vụ hành chính công tỉnh\nTừ ngày 15/6/2026 đến ngày 14/9/2026, Trung tâm (cả ba điểm Biên Hòa, ` +
      "Long Khánh và Đồng Xoài) tiếp nhận 41 207 hồ sơ; đã giải quyết 39 880 hồ sơ, đạt tỷ lệ 96,78 phần trăm.\n\n" +
      "Riêng điểm tiếp nhận Biên Hòa tiếp nhận 12 940 hồ sơ, đã giải quyết 12 315 hồ sơ.\n";
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:hcc.tiepNhan")), shown(r.get("bcdc:hcc.daGiaiQuyet"))]).toEqual(["41.207", "39.880"]);
  });
});
