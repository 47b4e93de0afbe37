/** A form without new-report text (one made in the pane) still gives a whole report: headings, a sentence per figure. */
import { withComputed } from "../../../src/domain/compute";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { REFERENCE_OFFICE } from "../../../src/domain/template/settings";
import { skeletonToParagraphs } from "../../../src/domain/template/paragraphs";
import { makePeriod } from "../../../src/domain/periodKinds";
import { tinyForm } from "../../support/forms";

describe("the default new-report text", () => {
  it("titles the report with its period and writes one sentence per figure under numbered headings", () => {
    const report = definitionFromForm(tinyForm(
      [
        { id: "ky.ten", label: "Kỳ", kind: "text", section: "ky", formula: { op: "period", part: "name" } },
        { id: "hoSo", label: "Hồ sơ tiếp nhận", kind: "count", section: "I", unit: "hồ sơ" },
        { id: "tyLe", label: "Tỷ lệ đúng hạn", kind: "percent", section: "I" },
      ],
      [],
      {
        period: { kind: "halfYear" },
        sections: [
          { id: "ky", number: "", title: "Kỳ báo cáo", subsections: [{ id: "ky", number: "", title: "Kỳ báo cáo" }] },
          { id: "I", number: "I", title: "Kết quả", subsections: [{ id: "I", number: "I", title: "Kết quả" }] },
        ],
      },
    ));
    const period = makePeriod("halfYear", 2026, 1);
    const text = skeletonToParagraphs(report, REFERENCE_OFFICE, withComputed(report, new Map([["bcdc:hoSo", { kind: "number", value: 12 }]]), period), { period })
      .map((p) => p.runs.map((r) => r.text).join(""));
    expect(text).toEqual(expect.arrayContaining([
      "BÁO CÁO",
      "Báo cáo thử nghiệm 6 tháng đầu năm 2026",
      "I. KẾT QUẢ",
      "Hồ sơ tiếp nhận: 12 hồ sơ.",
      "Tỷ lệ đúng hạn: ….",
      "Nơi nhận:",
    ]));
    expect(text.some((line) => line.startsWith("Kỳ"))).toBe(false);
  });
});
