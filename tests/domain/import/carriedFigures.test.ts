/**
 * A figure the form carries over from another (`carriedFrom`: «Lượt tiếp tháng trước» is last month's «Tổng số lượt
 * tiếp công dân») is that figure of another period, a total when that one is (meaning/vetoFormWords.ts carryLevels);
 * the month compared with is every level's, and the period named right after «so với» is the one compared with, not a
 * change (meaning/vetoText.ts comparisonAt). Sentences in other clerks' words than monthly 38 and 66, which showed the
 * cause.
 */
import { comparisonAt } from "../../../src/domain/import/meaning/vetoText";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const monthly = builtInDefinition("tiep-cong-dan-thang");
const head = "UBND TỈNH QUẢNG TRỊ\nTHANH TRA TỈNH\n\nBÁO CÁO\nTình hình tiếp công dân tháng 5/2026\n\n";

describe("last month's figures of the whole", () => {
  it("are read after a sentence naming every level together", () => {
    const text = `${head}Trong tháng 5/2026, lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường đã tiếp tổng cộng 64 lượt với 90 người, tăng 6 lượt và tăng 11 người so với tháng 4/2026 (tháng 4 tiếp 58 lượt, 79 người).\n`;
    const bound = boundByLabel(text, monthly);
    expect(bound("Lượt tiếp tháng trước")).toBe("58");
    expect(bound("Người tháng trước")).toBe("79");
    expect(bound("Tháng so sánh (tháng trước)")).toBe("4/2026");
  });

  it("are not one level's earlier figures", () => {
    const text = `${head}Trong tháng 5/2026, Chủ tịch UBND các xã, phường đã tiếp 40 lượt với 52 người, tăng 3 lượt so với tháng 4/2026 (tháng 4 tiếp 37 lượt, 47 người).\n`;
    const bound = boundByLabel(text, monthly);
    expect(bound("Lượt tiếp tháng trước")).toBeNull();
    expect(bound("Người tháng trước")).toBeNull();
  });
});

describe("the period named after «so với»", () => {
  const text = "Số lượt tiếp giảm 7 lượt so với tháng 4/2026 (58 lượt, 79 người).";
  it("is the earlier period, not the change", () => {
    const at = text.indexOf("4/2026");
    expect(comparisonAt(text, at, at + 6, 2026)).toBe("earlier");
  });
  it("leaves the change a change", () => {
    const at = text.indexOf("7 lượt");
    expect(comparisonAt(text, at, at + 1, 2026)).toBe("change");
  });
});
