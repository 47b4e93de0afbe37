/**
 * «lũy kế từ đầu năm đến hết tháng 9/2026 là 648 lượt» in the report for tháng 10/2026: the month that closes a
 * cumulative span is its end, not the period of the figure (meaning/periodMarkers.ts markerScope); the span says
 * whose the figure is. In other words than monthly 286, which showed the cause.
 */
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const head = "UBND TỈNH HÀ TĨNH\nTHANH TRA TỈNH\n\nBÁO CÁO\nKết quả tiếp công dân tháng 10/2026\n\n";
const other = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  return isOtherPeriod(text, at, at + figure.length, readPeriodScope(text, "month"));
};

describe("a month closing a cumulative span", () => {
  it("leaves the figure the span's, not that month's", () => {
    expect(other(`${head}Cộng dồn từ đầu năm đến hết tháng 9/2026 là 590 lượt, 801 người.`, "590")).toBe(true);
    expect(other(`${head}Lũy kế tới tháng 10/2026: 655 lượt.`, "655")).toBe(true);
  });

  it("a month named alone still names the figure's period", () => {
    expect(other(`${head}Trong tháng 10/2026 đã tiếp 65 lượt.`, "65")).toBe(false);
    expect(other(`${head}Số liệu tính đến hết tháng 10/2026: 65 lượt.`, "65")).toBe(false);
  });
});

describe("recognition on the monthly form", () => {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  it("binds the month's total, not the year-to-date of the month before written beside the comparison", () => {
    const text = `${head}Trong tháng 10/2026, lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường đã tiếp 65 lượt công dân với 84 người.\nSo với tháng 9/2026 (70 lượt, 90 người), số lượt giảm 5 lượt; cộng dồn từ đầu năm đến hết tháng 9/2026 là 590 lượt.\n`;
    expect(boundByLabel(text, monthly)("Tổng số lượt tiếp công dân")).toBe("65");
  });
});
