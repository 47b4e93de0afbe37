/**
 * «Lĩnh vực đất đai 61/88 lượt, chiếm 69,32% (tháng 8/2026: 70/96 lượt, chiếm 72,92%)»: a bracket that opens with a
 * period's name, a colon and a figure is that period's figures, not the list of matters a wording «…% ({list})»
 * reads (textClauses.ts otherPeriodsFigures).
 */
import { otherPeriodsFigures } from "../../../src/domain/import/textClauses";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const HEAD = "BÁO CÁO\nKết quả tiếp công dân tháng 9/2026\n\n5. Nội dung tiếp công dân\n\n";

describe("another period's figures in the list's bracket", () => {
  it("opens with a month, last month, the same period or the year so far, then a figure", () => {
    for (const s of ["tháng 8/2026: 70/96 lượt, chiếm 72,92%", "tháng trước: 65 lượt", "cùng kỳ năm 2025: 142 lượt", "lũy kế từ đầu năm: 571 lượt"]) {
      expect(otherPeriodsFigures(s)).toBe(true);
    }
  });

  it("a list of matters is not", () => {
    for (const s of ["khiếu nại về bồi thường, hỗ trợ; tranh chấp đất đai", "tháng 8 có nhiều đơn về đất đai", "kiến nghị cấp giấy chứng nhận: 02 trường hợp"]) {
      expect(otherPeriodsFigures(s)).toBe(false);
    }
  });

  it("the land matters are not last month's share", () => {
    const aside = boundByLabel(`${HEAD}Lĩnh vực đất đai 61/88 lượt, chiếm 69,32% (tháng 8/2026: 70/96 lượt, chiếm 72,92%).\n`, MONTHLY);
    expect(aside("Nội dung chủ yếu về đất đai")).toBeNull();
    const list = boundByLabel(`${HEAD}Lĩnh vực đất đai 61/88 lượt, chiếm 69,32% (khiếu nại về bồi thường; tranh chấp đất đai).\n`, MONTHLY);
    expect(list("Nội dung chủ yếu về đất đai")).toBe("khiếu nại về bồi thường\ntranh chấp đất đai");
  });
});
