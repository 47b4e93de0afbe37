/**
 * What the unseen batches 620–636 showed wrong, each as a clerk wrote it, with the near-miss beside it:
 * - «bổ nhiệm 02 (hai) Phó Trưởng ban» counts deputies: no head of a division was appointed by it (622), while a
 *   deputy's post of another rank («01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm») says nothing of a director;
 * - «Lĩnh vực đất đai: 26 lượt, chiếm 70,27% (cùng kỳ năm trước 30 lượt).»: the bracket is last year's figure set
 *   beside this month's, no list of what the land matters were about (626), as «(lũy kế từ đầu năm …)» is not.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { otherBodysDeputy } from "../../../src/domain/import/meaning/vetoDeputy";
import { REPORT, builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { otherPeriodsFigures } from "../../../src/domain/import/textClauses";

function state(text: string, id: string): string {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
}

function countsOther(label: string, text: string, figure: string): boolean {
  const start = text.indexOf(figure);
  return otherBodysDeputy(label, text, start, start + figure.length);
}

describe("deputies counted for a head's post", () => {
  it("refuses deputies of the head's rank, by any division's name, the bracketed words blanked", () => {
    expect(countsOther("Bổ nhiệm Trưởng phòng", "bổ nhiệm 02       Phó Trưởng ban", "02")).toBe(true);
    expect(countsOther("Bổ nhiệm Trưởng phòng", "bổ nhiệm 02 Phó Trưởng phòng Kinh tế", "02")).toBe(true);
  });

  it("near-match: the head itself, and a deputy of another rank, are not refused", () => {
    expect(countsOther("Bổ nhiệm Trưởng phòng", "bổ nhiệm 01 Trưởng ban Kinh tế - Xã hội", "01")).toBe(false);
    expect(countsOther("Kiêm nhiệm Giám đốc Trung tâm", "01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm", "01")).toBe(false);
  });

  it("never binds the deputies appointed as the heads appointed", () => {
    const text =
      "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. CÔNG TÁC CÁN BỘ\n" +
      "Trong quý, điều động một đồng chí sang công tác tại Mặt trận Tổ quốc tỉnh; bổ nhiệm 03 (ba) Phó Trưởng ban; luân chuyển hai công chức giữa các ban.\n";
    expect(state(text, "bcdc:boNhiem.truongPhong")).not.toBe("03");
  });
});

describe("a comparison's figure in brackets after the land share", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  const contents = (line: string) => boundValue(recognizeFigures(`5. Nội dung\n${line}\n`, MONTHLY).get("tcd:noiDung.moTa"));

  it("is another period's figures, with or without a colon", () => {
    expect(otherPeriodsFigures("cùng kỳ năm trước 30 lượt")).toBe(true);
    expect(otherPeriodsFigures("tháng trước: 31 lượt")).toBe(true);
    expect(otherPeriodsFigures("so với cùng kỳ năm 2025 28 lượt")).toBe(true);
    expect(contents("+ Lĩnh vực đất đai: 26 lượt, chiếm 70,27% (cùng kỳ năm trước 30 lượt).")).toBeNull();
  });

  it("near-match: matters in the bracket are still the land contents", () => {
    expect(otherPeriodsFigures("cùng kỳ tăng do dự án cao tốc")).toBe(false);
    expect(contents("+ Lĩnh vực đất đai: 26 lượt, chiếm 70,27% (bồi thường, hỗ trợ tái định cư; tranh chấp đất đai), các lĩnh vực khác 11 lượt.")).toBe(
      "bồi thường, hỗ trợ tái định cư\ntranh chấp đất đai",
    );
  });
});
