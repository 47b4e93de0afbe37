/**
 * «tiếp đột xuất 18 lượt (tháng 8/2026: 22 lượt)» in the report for tháng 9/2026: a bracket opening with another month
 * than the report's and a colon holds that month's figures (meaning/vetoText.ts comparisonAt), as «(quý II: 13 cuộc)»
 * holds another quarter's. Sentences in other clerks' words than monthly 226, which showed the cause.
 */
import { comparisonAt } from "../../../src/domain/import/meaning/vetoText";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const compared = (text: string, figure: string, month: number | null, year: number | null = 2026) => {
  const at = text.indexOf(figure);
  return comparisonAt(text, at, at + figure.length, year, null, month);
};

describe("a bracket opening with a month", () => {
  it("holds another month's figures, every number in it", () => {
    const text = "Ban tiếp thường xuyên 130 lượt với 151 người (tháng 9/2026: 117 lượt, 140 người).";
    expect(compared(text, "117", 10)).toBe("earlier");
    expect(compared(text, "140", 10)).toBe("earlier");
    expect(compared("Lĩnh vực đất đai 40/52 lượt (tháng 9: 35/48 lượt).", "48", 10)).toBe("earlier");
    expect(compared("Tiếp định kỳ 40 lượt (tháng 10 năm 2025: 31 lượt).", "31", 10)).toBe("earlier");
  });

  it("holds the report's own month's, and says nothing when the report's month is not known or no colon follows", () => {
    expect(compared("Lũy kế 402 lượt (tháng 10/2026: 52 lượt).", "52", 10)).toBeNull();
    expect(compared("Ban tiếp 130 lượt (tháng 9/2026: 117 lượt).", "117", null)).toBeNull();
    expect(compared("Đã tiếp 130 lượt (tháng 9/2026 tiếp 117 lượt của các năm trước chuyển sang).", "117", 10)).toBeNull();
  });
});

describe("recognition on the monthly form", () => {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  const head = "UBND TỈNH NINH BÌNH\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\nKết quả tiếp công dân tháng 10/2026\n\n";
  const body = (month: string) =>
    `${head}1. Tổng hợp chung\nTrong tháng, lãnh đạo các cấp đã tiếp 52 lượt công dân với 70 người; tiếp định kỳ 40 lượt (${month}: 46 lượt), tiếp đột xuất 12 lượt (${month}: 15 lượt).\n2. Ban Tiếp công dân tỉnh\nBan Tiếp công dân tỉnh tiếp thường xuyên tại Trụ sở 130 lượt với 151 người (${month}: 117 lượt, 140 người).\n`;

  it("binds the month's total, not last month's figures in brackets beside the month's", () => {
    expect(boundByLabel(body("tháng 9/2026"), monthly)("Tổng số lượt tiếp công dân")).toBe("52");
  });

  it("rules out nothing when the brackets name the report's own month: their figures still compete", () => {
    expect(boundByLabel(body("tháng 10/2026"), monthly)("Tổng số lượt tiếp công dân")).not.toBe("52");
  });
});
