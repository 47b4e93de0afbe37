/**
 * Held-out 190's «Nội dung⇥Kế hoạch⇥Thực hiện⇥Tỷ lệ (%)» rows ending «01⇥01⇥100» (layout.ts percentCell): a whole
 * number alone in a cell under a «%» column is a percentage, not a count a figure of people may take.
 */
import { percentCell } from "../../../src/domain/import/meaning/layout";
import { findNumbers } from "../../../src/domain/import/numbers";

const kindAt = (text: string, at: string, nth = 0) => {
  const t = findNumbers(text).filter((n) => n.text === at)[nth]!;
  return percentCell(text, t)[0]?.kind ?? t.kind;
};
const table = "Nội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)\nGiấy khen của Giám đốc Công an tỉnh (cá nhân)\t01\t01\t100\n";

describe("a whole number under a «%» column", () => {
  it("alone in its cell is a percentage", () => {
    expect(kindAt(table, "100")).toBe("percent");
    expect(kindAt("Chỉ tiêu\tĐVT\tKết quả\nTỷ lệ giải quyết đúng hạn\t%\t98\n", "98")).toBe("percent");
  });

  it("near-miss: the counts beside it, a number with words in its cell, or over 100 stay counts", () => {
    expect(kindAt(table, "01", 1)).toBe("count");
    expect(kindAt("Nội dung\tTỷ lệ (%)\nHồ sơ đã giải quyết\t73 hồ sơ\n", "73")).toBe("count");
    expect(kindAt("Nội dung\tTỷ lệ (%)\nHồ sơ đã giải quyết\t120\n", "120")).toBe("count");
    expect(kindAt("Nội dung\tSố lượng\nHồ sơ đã giải quyết\t100\n", "100")).toBe("count");
  });
});
