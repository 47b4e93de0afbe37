/**
 * «bổ nhiệm 01/02 Trưởng phòng và 02/03 Phó Trưởng phòng (quý III: 01 …, 01 …)»: the words before a total in its clause
 * («bổ nhiệm») say what the total counts; a part after it that reads them through a lead-in does not own them, so the
 * figure that counts the appointments is not told the total is a part's (sums.ts sumOf). Other clerks' sentences than
 * the held-out report that showed it (1014).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "UBND TỈNH BÌNH PHƯỚC\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý III năm 2024\n\nIII. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\n";

describe("the words before a total are not its parts' own", () => {
  const r = recognizeFigures(
    `${HEAD}Bổ nhiệm 01/02 Trưởng phòng và 02/03 Phó Trưởng phòng (quý III: 01 Phó Trưởng phòng Khoa giáo - Văn xã, 01 Phó Trưởng phòng Nội chính).`,
    REPORT,
  );

  it("binds the deputies appointed to the total before the bracket", () => {
    expect(shown(r.get("bcdc:boNhiem.phoPhong"))).toBe("02");
  });

  it("near-match: a part still goes to the figure its own words name, and the total to none of the parts", () => {
    expect(shown(r.get("bcdc:boNhiem.phoPhongKGVX"))).toBe("01");
    expect(shown(r.get("bcdc:boNhiem.phoPhongTHKT"))).not.toBe("02");
  });
});
