/**
 * A report of the year to date that says once what its brackets hold (held-out 1311): «số liệu quý III ghi trong
 * ngoặc đơn», then «Tiếp nhận công chức: 05 người (02 người)». The bracket is the quarter's, the number before it the
 * running total (bracketLegend.ts). Written in other words than 1311, with the sides that must stay as they are.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { withBracketedOwnPeriod } from "../../../src/domain/import/bracketLegend";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH AN GIANG\nVĂN PHÒNG\nSố: 41/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026 và lũy kế 9 tháng\n\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("brackets a legend says hold the quarter", () => {
  const LINES = [
    "II. CÔNG TÁC CÁN BỘ",
    "- Điều động đến và bổ nhiệm: 03 đồng chí (01 đồng chí).",
    "- Tiếp nhận công chức: 06 người (02 người).",
    "- Bổ nhiệm Trưởng phòng: 02 (01 - Trưởng phòng Kinh tế).",
    "- Một cửa: đã giải quyết 230 hồ sơ, trong đó trả sớm hạn 61 hồ sơ (27,68%).",
  ].join("\n");

  it("reads the bracket's count as the quarter's, the number before it as the running total", () => {
    const text = `${HEAD}Văn phòng báo cáo số liệu lũy kế 9 tháng; số trong ngoặc đơn là số liệu của quý III.\n${LINES}\n`;
    expect(read(text, "bcdc:dieuDong.den")).toBe("01");
    expect(read(text, "bcdc:tiepNhan.congChuc")).toBe("02");
    expect(read(text, "bcdc:boNhiem.truongPhong")).toBe("01");
    expect(read(text, "bcdc:motCuaVp.traSom")).toBe("61");
  });

  it("keeps every offset: the running total and the bracket's marks are blanked one character for one", () => {
    const text = `${HEAD}Số liệu riêng của quý III (từ 15/6 đến 14/9/2026) ghi trong ngoặc đơn sau số lũy kế.\n${LINES}\n`;
    const read = withBracketedOwnPeriod(text, REPORT);
    expect(read.length).toBe(text.length);
    expect(read).toContain("- Tiếp nhận công chức:    người  02 người .");
    expect(read).toContain("trả sớm hạn 61 hồ sơ (27,68%)");
  });

  it("near-match: without a legend, or with one naming another period, a bracket is read as written", () => {
    expect(withBracketedOwnPeriod(`${HEAD}${LINES}\n`, REPORT)).toBe(`${HEAD}${LINES}\n`);
    const earlier = `${HEAD}Số trong ngoặc là số liệu quý II để so sánh.\n${LINES}\n`;
    expect(withBracketedOwnPeriod(earlier, REPORT)).toBe(earlier);
  });
});
