/**
 * A clerk setting every figure beside last period's writes it in a bracket between the number and its unit
 * («tiếp nhận 1.126 (quý II: 1.048) hồ sơ»): read as blank, one character for one, where the bracket names a period
 * other than the report's own and the form asks nothing of an earlier period. The other sides: a half-year report's
 * bracket of its own quarter, and a form with last month's figures, keep the brackets as written.
 */
import { withoutEarlierAsides } from "../../../src/domain/import/earlierAsides";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT, builtInDefinition } from "../../support/forms";

const quarterly = (period: string, body: string) =>
  `UBND TỈNH TUYÊN QUANG\\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\\n\\nBÁO CÁO\\nKết quả thực hiện dân chủ ở cơ sở ${period}\\n\\n${body}\\n`;

describe("another period's bracket after a figure", () => {
  const body = "I. TÌNH HÌNH CHUNG\nTiến sĩ 06 (quý II: 06), thạc sĩ 71 (quý II: 69), đại học 80 (quý II: 85). Lý luận chính trị: cao cấp 38 (quý II: 37), trung cấp 74 (quý II: 76).";

  it("is blank in the third quarter's report, one character for one", () => {
    const text = quarterly("quý III năm 2026", body);
    const read = withoutEarlierAsides(text, REPORT);
    expect(read.length).toBe(text.length);
    expect(read).not.toContain("quý II:");
    expect(read).toContain("trung cấp 74");
  });

  it("lets the figure meet its words", () => {
    const r = recognizeFigures(quarterly("quý III năm 2026", body), REPORT).get("bcdc:llct.trungCap");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.input) : r?.state).toEqual(["74"]);
  });

  it("near-miss: the report's own quarter in a half-year report's bracket stays", () => {
    const text = quarterly("quý II và 6 tháng đầu năm 2026", "6 tháng tiếp nhận 38.914 hồ sơ (quý II: 20.357).");
    expect(withoutEarlierAsides(text, REPORT)).toBe(text);
  });

  it("near-miss: a form asking last month's figures reads the brackets as written", () => {
    const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
    const text = "BÁO CÁO\nCông tác tiếp công dân tháng 9 năm 2026\nTiếp 17 (tháng 8: 21) lượt công dân.\n";
    expect(withoutEarlierAsides(text, MONTHLY)).toBe(text);
  });
});
