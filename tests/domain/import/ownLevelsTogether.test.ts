/**
 * Several levels named together make a whole («lãnh đạo UBND tỉnh, các sở, UBND các huyện … 40 lượt»), unless they
 * are the field's own levels under their two names: in the month local government passed from districts to communes
 * a report writes «Cấp huyện (cũ) và cấp xã: tổng cộng 64 lượt» for the figure «của UBND các huyện (từ 01/7/2025:
 * cấp xã)» (vetoText.ts isOtherLevel). Reworded from the corpus's Điện Biên 7/2025 issue.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const label = (id: string) => MONTHLY.byId.get(`tcd:${id}`)!.label;

function read(text: string) {
  const r = recognizeFigures(text, MONTHLY);
  return (id: string) => boundValue(r.get(`tcd:${id}`));
}

const OPENING = "I. TỔNG HỢP CHUNG\nTrong tháng đã tiếp 70 lượt với 120 người; trong đó định kỳ 61 lượt, đột xuất 09 lượt.\nII. KẾT QUẢ CỤ THỂ\n";

describe("the districts' and communes' figures named by both levels", () => {
  it("«UBND các huyện (cũ) và Chủ tịch UBND các xã, phường: tổng cộng …» is the districts' row of the form", () => {
    const got = read(
      OPENING +
        "1. Lãnh đạo UBND tỉnh: Phó Chủ tịch UBND tỉnh tiếp 06 lượt với 41 người.\n" +
        "2. Thủ trưởng các sở, ban, ngành: Không phát sinh.\n" +
        "3. UBND các huyện (cũ) và Chủ tịch UBND các xã, phường: tổng cộng 64 lượt với 79 người (định kỳ 55 lượt, đột xuất 09 lượt).\n",
    );
    expect(label("huyen.luot")).toMatch(/huyện/);
    expect(got("huyen.luot")).toBe("64");
    expect(got("huyen.nguoi")).toBe("79");
    expect(got("huyen.dinhKy")).toBe("55");
    expect(got("huyen.dotXuat")).toBe("09");
    expect(got("tong.luot")).toBe("70");
    expect(got("tong.dotXuat")).toBe("09");
  });

  it("near-match: the province with the districts is a whole, no level's figure", () => {
    const got = read(OPENING + "1. Lãnh đạo UBND tỉnh và UBND các huyện tiếp 64 lượt với 79 người.\n");
    expect(got("huyen.luot")).toBeNull();
    expect(got("huyen.nguoi")).toBeNull();
    expect(got("tinh.luot")).toBeNull();
    expect(got("tinh.nguoi")).toBeNull();
  });
});
