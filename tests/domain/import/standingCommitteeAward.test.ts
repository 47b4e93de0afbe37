/**
 * The National Assembly's Standing Committee gives Bằng khen of its own: «Ủy ban Thường vụ Quốc hội tặng Bằng khen
 * cho 03 đại biểu» is not the Prime Minister's, while «đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân» in
 * the same part still is. Found on wt-fresh57's 510, a National Assembly delegation's office.
 */
import { awardAt, otherAward, awardWords } from "../../../src/domain/import/meaning/vetoAward";
import { REPORT } from "../../support/forms";
import { boundByLabel, byLabel } from "../../support/recognized";

const part = (after: string) =>
  `II. KẾT QUẢ THỰC HIỆN\n4. Công tác thi đua, khen thưởng\nTrong quý, Văn phòng đã hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ giai đoạn 2021 - 2025.${after}\n`;
const TTG = "Cá nhân đề nghị Thủ tướng tặng Bằng khen";

describe("an award of the National Assembly's Standing Committee", () => {
  it("names its own giver", () => {
    const t = "Đoàn đề nghị Ủy ban Thường vụ Quốc hội tặng Bằng khen cho 03 đại biểu Quốc hội";
    expect(awardAt(t, t.indexOf("03"), t.indexOf("03") + 2)).toEqual({ title: "bằng khen", giver: "thường vụ" });
    const own = awardWords(byLabel(TTG).label);
    expect(otherAward(own, t, t.indexOf("03"), t.indexOf("03") + 2)).toBe(true);
  });
  it("is not the Prime Minister's Bằng khen; the Prime Minister's beside it is read", () => {
    const bound = boundByLabel(part(" Ngoài ra, Đoàn đại biểu Quốc hội tỉnh đề nghị Ủy ban Thường vụ Quốc hội tặng Bằng khen cho 03 đại biểu Quốc hội và 01 tập thể."), REPORT);
    expect(bound(TTG)).toBe("02");
  });
  it("a Thủ tướng's Bằng khen written alone is read as before", () => {
    expect(boundByLabel(part(""), REPORT)(TTG)).toBe("02");
  });
});
