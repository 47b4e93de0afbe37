/**
 * What the unseen batches 740–766 left unread or read wrong, each with the near-miss beside it:
 * - «Bộ phận một cửa của cơ quan tại Trung tâm tiếp nhận 14 hồ sơ» in Thanh tra's report: «cơ quan» alone is how a
 *   body names itself, not another body's desk (743: nine figures);
 * - «Cơ quan chuyên môn, đơn vị thuộc UBND xã: 04.» over one name a line, each closed by «.» (742);
 * - «Các ý kiến nhận được tại Hội nghị đối thoại quý I (05 ý kiến)» in quý II's report: that quarter's opinions (760).
 */
import { otherOwner } from "../../../src/domain/import/meaning/vetoOwner";
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { listsFound } from "../../support/unitLists";

describe("whose desk, which units, which quarter", () => {
  it("reads «của cơ quan» as the issuer itself, «của Sở Tư pháp» as another body", () => {
    const issuer = "thanh tra thành phố hải phòng";
    expect(otherOwner("bộ phận một cửa của cơ quan tại trung tâm tiếp nhận ", ["bộ phận một cửa"], null, issuer, 0)).toBe(false);
    expect(otherOwner("bộ phận một cửa của sở tư pháp tiếp nhận ", ["bộ phận một cửa"], null, issuer, 0)).toBe(true);
  });

  it("reads a kind's count over one name a line", () => {
    const xa = "UBND TỈNH QUẢNG NGÃI\nỦY BAN NHÂN DÂN XÃ TU MƠ RÔNG\n\n";
    expect(listsFound(`${xa}Cơ quan chuyên môn, đơn vị thuộc UBND xã: 03.\nVăn phòng HĐND và UBND xã.\nPhòng Kinh tế.\nPhòng Văn hóa - Xã hội.\n\nBiên chế năm 2026\n`)).toEqual({
      "toChuc.danhSach": "Văn phòng HĐND và UBND xã\nPhòng Kinh tế\nPhòng Văn hóa - Xã hội",
      "toChuc.so": "03",
    });
    // Near-miss: fewer name lines than the count is no list.
    expect(listsFound(`${xa}Cơ quan chuyên môn, đơn vị thuộc UBND xã: 04.\nVăn phòng HĐND và UBND xã.\nPhòng Kinh tế.\n\nBiên chế: 38 người.\n`)).toEqual({});
  });

  it("reads a bracket right after another quarter as that quarter's figure", () => {
    const text = "BÁO CÁO\nKết quả quý II năm 2026\n\nCác ý kiến nhận được tại Hội nghị đối thoại quý I (05 ý kiến) đã được trả lời.\nTại Hội nghị đối thoại quý II (07 ý kiến) đã trả lời 07.\n";
    const scope = readPeriodScope(text, "quarter");
    const at = (s: string) => text.indexOf(s);
    expect(isOtherPeriod(text, at("05 ý"), at("05 ý") + 2, scope)).toBe(true);
    expect(isOtherPeriod(text, at("07 ý"), at("07 ý") + 2, scope)).toBe(false);
  });
});
