/**
 * «lý luận chính trị có 01 cao cấp và 07 trung cấp»: the later number-first items of a list opened by «X có» read
 * with X, as those after «X:» do (meaning/haveList.ts).
 */
import { haveListLead } from "../../../src/domain/import/meaning/haveList";
import { syllables } from "../../../src/domain/import/meaning/words";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const HEAD =
  "VĂN PHÒNG UBND TỈNH HÀ GIANG\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. TÌNH HÌNH CHUNG\n\n" +
  "Trung tâm Phục vụ hành chính công tỉnh là đơn vị hành chính trực thuộc Văn phòng UBND tỉnh, được tổ chức lại từ ngày 01/7/2025. ";
const STAFF = "Năm 2025, Trung tâm được giao 14 biên chế công chức, hiện có 13 công chức và 03 hợp đồng lao động; trình độ chuyên môn có 02 thạc sĩ, 11 đại học; ";
const TRUNG = "Trung cấp lý luận chính trị - hành chính";

describe("a list opened by «X có»", () => {
  it("«…; lý luận chính trị có 02 cao cấp và 05 trung cấp»: 05 is the middle-level political theory count", () => {
    const bound = boundByLabel(`${HEAD}${STAFF}lý luận chính trị có 02 cao cấp và 05 trung cấp.\n\nLãnh đạo Trung tâm có Giám đốc và 02 Phó Giám đốc.\n`, QUARTERLY);
    expect(bound("Cao cấp lý luận chính trị")).toBe("02");
    expect(bound(TRUNG)).toBe("05");
  });

  it("«…; Trung tâm có 02 cao cấp và 05 trung cấp»: nothing says of what, so 05 is not taken", () => {
    const bound = boundByLabel(`${HEAD}${STAFF}Trung tâm có 02 cao cấp và 05 trung cấp.\n\nLãnh đạo Trung tâm có Giám đốc và 02 Phó Giám đốc.\n`, QUARTERLY);
    expect(bound(TRUNG)).toBeNull();
  });

  it("the introduction is the words since the clause's last comma, two syllables at least", () => {
    const at = (s: string) => haveListLead(s, 0, s.length);
    expect(at("trình độ chuyên môn có 04 thạc sĩ, ")).toEqual(syllables("trình độ chuyên môn"));
    expect(at("trình độ chuyên môn có 04 thạc sĩ, 11 đại học và ")).toEqual(syllables("trình độ chuyên môn"));
    expect(at("giao 16 biên chế, hiện có 15 công chức và ")).toEqual([]);
    expect(at("lý luận chính trị có 01 cao cấp ")).toEqual([]);
  });
});
