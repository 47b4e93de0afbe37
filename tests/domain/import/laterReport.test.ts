/**
 * A sentence whose figures go into a later report («sau ngày chốt số liệu, sẽ tổng hợp vào báo cáo tháng 11/2026»)
 * states another period's (laterReport.ts).
 */
import { forLaterReport } from "../../../src/domain/import/meaning/laterReport";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

describe("figures for a later report", () => {
  it("after the cut-off, to be summed next month", () => {
    expect(forLaterReport("Buổi tiếp ngày 15/10/2026 (03 lượt, 04 người) sau ngày chốt số liệu, sẽ tổng hợp vào báo cáo tháng 11/2026.")).toBe(true);
    expect(forLaterReport("Số liệu này sẽ được tính vào kỳ sau.")).toBe(true);
  });

  it("not this month's figures that were summed", () => {
    expect(forLaterReport("Thanh tra tỉnh tổng hợp kết quả tiếp công dân tháng 10/2026 như sau: 94 lượt.")).toBe(false);
    expect(forLaterReport("Số liệu tính đến ngày chốt số liệu 14/10/2026: 94 lượt.")).toBe(false);
  });

  it("the province's session held after the cut-off is not its month's", () => {
    const text = "BÁO CÁO\nKết quả tiếp công dân tháng 10/2026\n\n1. Lãnh đạo UBND tỉnh: Phó Chủ tịch UBND tỉnh tiếp định kỳ 01 lượt với 06 người. Buổi tiếp định kỳ của Chủ tịch UBND tỉnh ngày 15/10/2026 (03 lượt, 04 người) sau ngày chốt số liệu, sẽ tổng hợp vào báo cáo tháng 11/2026.\n";
    const got = boundByLabel(text, MONTHLY);
    expect([got("Lượt tiếp của lãnh đạo UBND tỉnh"), got("Số người được lãnh đạo UBND tỉnh tiếp")]).toEqual(["01", "06"]);
  });
});
