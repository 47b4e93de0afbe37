/**
 * A total written after its parts («12 cuộc giao ban tuần và 02 cuộc giao ban tháng, tổng cộng 13 cuộc»): a figure
 * that names neither part's own words is the total, even where the clerk's sum is wrong; a figure that names a part
 * («giao ban tuần») keeps that part; with no total after them, the parts are read as before. Found on wt-fresh56's 500.
 */
import { laterTotalPartWords, partOfLaterTotal } from "../../../src/domain/import/meaning/totalAfterParts";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const at = (t: string, n: string) => laterTotalPartWords(t, t.indexOf(n), t.indexOf(n) + n.length);
const meetings = (sentence: string) =>
  `III. KẾT QUẢ\n1. Trong hoạt động của cơ quan\nđ) Việc tổ chức các cuộc họp giao ban định kỳ của cơ quan\nSở duy trì giao ban hằng tuần và giao ban tháng; ${sentence}\n`;

describe("a total written after its parts", () => {
  const t = "trong quý đã tổ chức 12 cuộc giao ban tuần và 02 cuộc giao ban tháng, tổng cộng 13 cuộc.";
  it("gives each part the words that tell it from the others", () => {
    expect(at(t, "12")).toEqual(["tuần"]);
    expect(at(t, "02")).toEqual(["tháng"]);
    expect(at(t, "13")).toBeNull();
  });
  it("is none where no «tổng cộng» follows, or a date stands in the sentence", () => {
    expect(at("trong quý đã tổ chức 12 cuộc giao ban tuần và 02 cuộc giao ban tháng.", "12")).toBeNull();
    expect(at("Ngày 21/10/2025 tổ chức 12 cuộc, tổng cộng 13 cuộc.", "12")).toBeNull();
  });
  it("counts no part across a «;»: the clause before it is another figure's", () => {
    const two = "Bổ nhiệm 01 Trưởng phòng Nội chính; bổ nhiệm 01 Phó Trưởng phòng Tổng hợp và 01 Phó Trưởng phòng Văn xã, tổng cộng 02 Phó Trưởng phòng.";
    expect(at(two, "01 Trưởng")).toBeNull();
    const far = "đã nâng lương trước thời hạn cho 02 công chức; duy trì giao ban tuần và giao ban tháng, tổng cộng 13 cuộc giao ban.";
    expect(at(far, "02")).toBeNull();
  });
  it("counts parts across a «;» inside brackets: it ends no clause outside them (numberClause.ts)", () => {
    const t = "trong quý đã tổ chức 12 cuộc giao ban tuần (thứ Hai; thứ Sáu) và 02 cuộc giao ban tháng, tổng cộng 13 cuộc.";
    expect(at(t, "12")).toEqual(["tuần"]);
    expect(at(t, "02")).toEqual(["tháng"]);
  });
  it("refuses a part only for a figure that does not name it", () => {
    expect(partOfLaterTotal(["tuần"], new Set(["giao ban", "cuộc"]))).toBe(true);
    expect(partOfLaterTotal(["tuần"], new Set(["giao ban", "tuần"]))).toBe(false);
  });
  it("binds the total, wrong sum and all, not the first part", () => {
    expect(boundByLabel(meetings("trong quý đã tổ chức 12 cuộc giao ban tuần và 02 cuộc giao ban tháng, tổng cộng 13 cuộc."), REPORT)("Cuộc họp giao ban trong quý")).toBe("13");
  });
  it("with no total after them, a sentence with one count is read as before", () => {
    expect(boundByLabel(meetings("trong quý đã tổ chức 13 cuộc giao ban."), REPORT)("Cuộc họp giao ban trong quý")).toBe("13");
  });
});
