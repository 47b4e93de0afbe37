/**
 * A clerk who gives last quarter's figure first, then this quarter's, in one sentence (stop 45's unseen batch,
 * held-out 1244): «quý trước 104 người, quý này 101 người». Other clerks' sentences than the held-out report's.
 */
import { patternsOf } from "../../../src/domain/import/patterns";
import { vetoContext, vetoReason } from "../../../src/domain/import/meaning/vetoes";
import { earlierBesideThis } from "../../../src/domain/import/meaning/vetoEarlier";
import { REPORT } from "../../support/forms";

const earlier = (sentence: string, number: string) => earlierBesideThis(sentence, sentence.indexOf(number));

describe("last quarter's figure set before this quarter's", () => {
  it("is the earlier period's after «quý trước» up to «quý này» or the clause's «;»", () => {
    const s = "Lý luận chính trị: cao cấp quý trước 31, quý này 33 đồng chí; trung cấp quý trước 26, quý này 24 đồng chí.";
    expect(["31", "33", "26", "24"].map((n) => earlier(s, n))).toEqual([true, false, true, false]);
    // Asked twice of one sentence, the same answer (a global pattern's state must not carry over).
    expect(["31", "31"].map((n) => earlier(s, n))).toEqual([true, true]);
  });

  it("is no earlier figure where the sentence does not name this quarter, or compares with the earlier one", () => {
    expect(earlier("So với quý trước, Văn phòng tiếp nhận 212 hồ sơ, tăng 14 hồ sơ.", "212")).toBe(false);
    expect(earlier("Quý này tiếp nhận 212 hồ sơ, tăng 14 hồ sơ so với quý trước 198 hồ sơ.", "212")).toBe(false);
  });

  it("refuses last quarter's number for a staff figure, not this quarter's", () => {
    const text =
      "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2026\n\nI. TỔ CHỨC, BIÊN CHẾ\n" +
      "Lý luận chính trị: cao cấp quý trước 31, quý này 33 đồng chí; trung cấp quý trước 26, quý này 24 đồng chí.\n";
    const ctx = vetoContext(text, REPORT, patternsOf(REPORT));
    const reason = (field: string, n: string) => vetoReason(ctx, REPORT.byId.get(field)!, { start: text.indexOf(n), end: text.indexOf(n) + n.length });
    expect([reason("bcdc:llct.caoCap", "31"), reason("bcdc:llct.caoCap", "33")]).toEqual(["otherPeriod", null]);
    // 26 may be refused for another reason first (another figure's wording); it is refused, and 24 is not.
    expect([reason("bcdc:llct.trungCap", "26") !== null, reason("bcdc:llct.trungCap", "24")]).toEqual([true, null]);
  });
});
