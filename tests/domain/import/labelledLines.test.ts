/**
 * «label: figures» lines (staffPairs.ts, vetoTrailing.ts lineLabel): the label before the colon names what the figures
 * after it count. «- Công chức: giao 40, có mặt 37»: the quota and the present staff of the label's group; «- Điều
 * động đến, bổ nhiệm: 01 …»: the label's commas join its words, the figure is the whole label's. A Quảng Trị clerk's
 * lines, not the held-out reports'.
 */
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const staff = (lines: string[]) => boundByLabel(["I. TỔ CHỨC, BIÊN CHẾ", "2. Biên chế năm 2026", ...lines].join("\n"), REPORT);

describe("a staff group named by its line's label", () => {
  it("«giao N, có mặt M» after the label: the quota and the present staff", () => {
    const bound = staff(["- Công chức: giao 40, có mặt 37.", "- Sự nghiệp: giao 12, có mặt 11.", "- Hợp đồng: 06."]);
    expect(bound("Biên chế công chức được giao")).toBe("40");
    expect(bound("Biên chế sự nghiệp được giao")).toBe("12");
  });
  it("near-match: a label that names no staff group gives no quota", () => {
    const bound = staff(["- Xe công vụ: giao 40, có mặt 37."]);
    expect(bound("Biên chế công chức được giao")).toBeNull();
    expect(bound("Biên chế sự nghiệp được giao")).toBeNull();
  });
});

describe("a personnel move named by its line's whole label", () => {
  const moves = (line: string) =>
    boundByLabel(["III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", "1. Điều động, bổ nhiệm, luân chuyển", line, "- Điều động, luân chuyển đi: 02 công chức (sang Sở Y tế)."].join("\n"), REPORT);
  it("«Điều động đến, bổ nhiệm: 01 …» is the moves in", () => {
    expect(moves("- Điều động đến, bổ nhiệm: 01 Phó Chánh Văn phòng.")("Điều động đến và bổ nhiệm")).toBe("01");
  });
  it("near-match: «Bổ nhiệm: 01 …» alone is no move in", () => {
    expect(moves("- Bổ nhiệm: 01 Phó Chánh Văn phòng.")("Điều động đến và bổ nhiệm")).toBeNull();
  });
});
