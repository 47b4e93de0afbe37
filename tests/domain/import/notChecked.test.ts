/** Say what was not checked: a check that could not run is listed with the figures it lacked, never passed over. */
import { checkReport } from "../../../src/domain/import/checkReport";
import { renderCheck, verdict } from "../../../src/domain/import/render";
import { CORRECTED_TEXT } from "../../fixtures/correctedReference";
import { REPORT } from "../../support/forms";

describe("what could not be checked", () => {
  it("a complete, correct report: every check ran, and only then «Không phát hiện vấn đề nào»", () => {
    const check = checkReport(CORRECTED_TEXT, { report: REPORT });
    expect([check.complete, check.unchecked, check.problems]).toEqual([true, [], []]);
    expect(verdict(check)).toBe("Không phát hiện vấn đề nào.");
  });

  it("names each sum that could not be checked and the figure it lacked", () => {
    // The Centre's overdue dossiers written in words no wording or meaning can tie to a figure.
    const text = CORRECTED_TEXT.replace(/130 hồ sơ trễ và quá hạn, chiếm 1,67%, /, "");
    const check = checkReport(text, { report: REPORT });
    expect(check.complete).toBe(false);
    expect(check.typedBound).toBe(check.typedTotal - 1);
    const messages = check.unchecked.map((u) => u.message);
    expect(messages).toContain(
      "Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» = «Hồ sơ đã giải quyết» + «Hồ sơ trễ và quá hạn» + «Hồ sơ đang giải quyết»: thiếu «Hồ sơ trễ và quá hạn».",
    );
    expect(check.problems.filter((p) => p.severity === "error")).toEqual([]);
    const printed = renderCheck("x.txt", check);
    expect(printed).toContain("Số liệu nhận ra: 61/62 ô nhập liệu.");
    expect(printed).toContain("[CHƯA KIỂM TRA] Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)»");
    expect(printed).not.toContain("Không phát hiện vấn đề nào.");
    expect(printed).toContain("Chưa đọc hết văn bản (1 số liệu chưa đọc được, ");
  });
});
