/**
 * «So với tháng 10 năm 2026 (…)»: a month written in words is typed as a month, «10/2026» (writtenMonths.ts). In other
 * words than monthly 306, which showed the cause.
 */
import { monthInWords } from "../../../src/domain/import/writtenMonths";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

describe("a month written in words", () => {
  it("after «tháng» is typed as month/year", () => {
    expect(monthInWords("So với tháng ", "9 năm 2026")).toBe("9/2026");
    expect(monthInWords("tháng ", "12, năm 2025")).toBe("12/2025");
  });

  it("without «tháng» before it, or no month, is left as written", () => {
    expect(monthInWords("ngày ", "9 năm 2026")).toBeNull();
    expect(monthInWords("tháng ", "13 năm 2026")).toBeNull();
    expect(monthInWords("tháng ", "9/2026")).toBeNull();
  });

  it("the compared month of a monthly report", () => {
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const text = "BÁO CÁO\nKết quả tiếp công dân tháng 10 năm 2026\nVI. SO SÁNH VỚI THÁNG TRƯỚC\nSo với tháng 9 năm 2026 (88 lượt, 120 người), số lượt tiếp tăng 04 lượt.\n";
    expect(boundValue(recognizeFigures(text, monthly).get("tcd:soSanh.thangTruoc"))).toBe("9/2026");
  });
});
