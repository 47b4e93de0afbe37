/**
 * A quarter told month by month in prose, each month opening its clause: «Tháng 7, quầy của Sở tiếp nhận 148 hồ sơ
 * và giải quyết 145 hồ sơ; tháng 8 tiếp nhận 163 hồ sơ, giải quyết 168 hồ sơ; …». Every number of such a clause is that
 * month's, not only the one right after the month's name (meaning/monthShare.ts): the quarter's total, written after,
 * is the form's figure. A Thanh Hóa clerk's words, not the held-out report that showed it.
 */
import { monthShare } from "../../../src/domain/import/meaning/monthShare";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const at = (text: string, figure: string) => text.indexOf(figure);
const share = (text: string, figure: string) => monthShare(text, at(text, figure), at(text, figure) + figure.length, "quarter");

describe("a clause a month opens is that month's", () => {
  const months = "Tháng 4, Văn phòng tiếp nhận 121 hồ sơ và giải quyết 117 hồ sơ; tháng 5 tiếp nhận 130 hồ sơ, giải quyết 126 hồ sơ; tháng 6 tiếp nhận 98 hồ sơ, giải quyết 95 hồ sơ. Như vậy, trong quý tiếp nhận 349 hồ sơ, đã giải quyết 338 hồ sơ.";

  it("reads every number of the clause as the month's", () => {
    for (const n of ["121", "117", "130", "126", "98", "95"]) expect([n, share(months, n)]).toEqual([n, true]);
  });

  it("near-match: the quarter's total, a clause turning to the quarter, or a month alone is not a share", () => {
    expect(share(months, "349")).toBe(false);
    expect(share(months, "338")).toBe(false);
    const turned = "Tháng 4 tiếp nhận 121 hồ sơ, tháng 5 tiếp nhận 130 hồ sơ, cộng quý tiếp nhận 251 hồ sơ.";
    expect(share(turned, "251")).toBe(false);
    const alone = "Tháng 3, Văn phòng tổ chức hội nghị đối thoại, nhận được 06 ý kiến.";
    expect(share(alone, "06")).toBe(false);
    const aside = "tháng 5 tiếp nhận 130 hồ sơ (gồm cả hồ sơ của tháng 4), giải quyết 126 hồ sơ; tháng 6 tiếp nhận 98 hồ sơ";
    expect(share(aside, "126")).toBe(false);
    expect(monthShare(months, at(months, "117"), at(months, "117") + 3, "month")).toBe(false);
  });

  it("binds the quarter's totals, not the months'", () => {
    const text = ["UBND TỈNH THANH HÓA", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "", "III. KẾT QUẢ", "4. Bộ phận một cửa của Văn phòng", months, ""].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("349");
    expect(boundValue(r.get(byLabel("Hồ sơ đã giải quyết, trả kết quả").id))).toBe("338");
  });
});
