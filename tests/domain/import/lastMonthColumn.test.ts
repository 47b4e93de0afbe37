/**
 * A quarter's tracking sheet pasted into a monthly report, one column per month «Tháng 4/2026 | Tháng 5/2026 | Tháng
 * 6/2026 | Cộng quý II»: in May's report the April column is last month's, its totals the comparison's figures
 * (gridBind.ts, earlierColumn.ts previousPeriodColumn), however many months stand beside it. A column of a month
 * further back, or a table without last month's column, gives last month's figures nothing.
 */
import { previousPeriodColumn } from "../../../src/domain/import/meaning/earlierColumn";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

const report = (month: number, columns: string[], rows: Array<[string, string, number[]]>) =>
  `THANH TRA TỈNH\n\nBÁO CÁO\nKết quả công tác tiếp công dân tháng ${month} năm 2026\n\n` +
  `Kết quả tháng ${month}/2026 được cập nhật vào biểu theo dõi của quý:\n` +
  `STT\tChỉ tiêu\tĐVT\t${columns.join("\t")}\n` +
  rows.map(([n, label, cells]) => `${n}\t${label}\t${/người/iu.test(label) ? "Người" : "Lượt"}\t${cells.map((c) => String(c).padStart(2, "0")).join("\t")}`).join("\n") +
  "\n\nThanh tra tỉnh trân trọng báo cáo./.\n";

describe("last month's column of a quarter's sheet", () => {
  it("names the period right before the report's, of its kind", () => {
    const may = { kind: "month", index: 5, year: 2026 };
    expect(previousPeriodColumn("Tháng 4/2026", may)).toBe(true);
    expect(previousPeriodColumn("Tháng 4", may)).toBe(true);
    expect(previousPeriodColumn("Tháng 3/2026", may)).toBe(false);
    expect(previousPeriodColumn("Tháng 5/2026", may)).toBe(false);
    expect(previousPeriodColumn("Tháng 4/2025", may)).toBe(false);
    expect(previousPeriodColumn("Cộng quý II", may)).toBe(false);
    expect(previousPeriodColumn("Quý IV/2025", { kind: "quarter", index: 1, year: 2026 })).toBe(true);
    expect(previousPeriodColumn("Tháng 12/2025", { kind: "month", index: 1, year: 2026 })).toBe(true);
  });

  it("gives last month's totals from the column before the report's month", () => {
    const text = report(5, ["Tháng 4/2026", "Tháng 5/2026", "Tháng 6/2026", "Cộng quý II"], [
      ["1", "Số lượt tiếp công dân", [47, 52, 0, 99]],
      ["2", "Số người", [63, 70, 0, 133]],
    ]).replace(/\t00\t/g, "\t-\t");
    const read = boundByLabel(text, MONTHLY);
    expect(read("Lượt tiếp tháng trước")).toBe("47");
    expect(read("Người tháng trước")).toBe("63");
  });

  it("takes nothing from a month further back, nor from the quarter's column", () => {
    const text = report(6, ["Tháng 4/2026", "Tháng 6/2026", "Cộng quý II"], [
      ["1", "Số lượt tiếp công dân", [47, 52, 99]],
      ["2", "Số người", [63, 70, 133]],
    ]);
    const read = boundByLabel(text, MONTHLY);
    for (const label of ["Lượt tiếp tháng trước", "Người tháng trước"]) expect(["47", "63", "99", "133"]).not.toContain(read(label));
  });
});
