/**
 * A level's line written as a bullet led by its name and a colon (736): «- Thủ trưởng các sở, ban, ngành: tiếp 09 lượt
 * với 11 người (07 lượt định kỳ, 02 lượt đột xuất)» holds that level's figures, never the month's totals stated above.
 * Beside it, the near-miss: one person's line inside a level («- Giám đốc Sở Xây dựng: 02 lượt/03 người») is no
 * level's heading (196).
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { scanHeadings } from "../../../src/domain/import/headings";
import { withLevelLines } from "../../../src/domain/import/meaning/levelLines";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function read(text: string, id: string): string | null {
  return boundValue(recognizeFigures(text, MONTHLY).get(`tcd:${id}`));
}

const REPORT =
  "1. Tình hình chung\n\n" +
  "Trong tháng 7/2026, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường đã tiếp 69 lượt với 102 người (57 lượt định kỳ, 12 lượt đột xuất); có 02 đoàn đông người.\n\n" +
  "2. Kết quả tiếp công dân của từng cấp\n\n" +
  "- Lãnh đạo UBND tỉnh: tiếp 02 lượt với 20 người.\n\n" +
  "- Thủ trưởng các sở, ban, ngành: tiếp 09 lượt với 11 người (07 lượt định kỳ, 02 lượt đột xuất).\n\n" +
  "- Chủ tịch UBND các xã, phường: tiếp 58 lượt với 71 người (49 lượt định kỳ, 09 lượt đột xuất).\n";

describe("a level's bulleted line", () => {
  it("keeps the month's scheduled and unscheduled totals from the levels' brackets", () => {
    expect(read(REPORT, "tong.dinhKy")).toBe("57");
    expect(read(REPORT, "tong.dotXuat")).toBe("12");
  });

  it("near-miss: one person's bulleted line inside a level is no level's heading", () => {
    const text =
      "2. Thủ trưởng các sở, ban, ngành\n\n" +
      "- Tổng: 07 lượt/08 người (định kỳ 05, đột xuất 02).\n" +
      "- Giám đốc Sở Nông nghiệp và Môi trường: 03 lượt/03 người.\n" +
      "- Giám đốc Sở Xây dựng: 02 lượt/03 người.\n";
    const titles = (t: string) => withLevelLines(t, scanHeadings(t)).map((h) => h.title);
    expect(titles(text)).toEqual(["Thủ trưởng các sở, ban, ngành"]);
    expect(titles(REPORT)).toEqual(["Tình hình chung", "Kết quả tiếp công dân của từng cấp", "Lãnh đạo UBND tỉnh", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"]);
  });
});
