/**
 * An office writing in the first person: «chúng tôi» is the reporting office, the subject a sentence without one
 * has, and it describes no figure (meaning/words.ts). «hiện nay (chúng tôi) có 13 công chức» is the staff present, as
 * «hiện có 13 công chức» is. A Hải Dương clerk's words, not the held-out report that showed it.
 */
import { syllables } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const DOC = (line: string) =>
  ["UBND TỈNH HẢI DƯƠNG", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026", "", "I. TÌNH HÌNH CHUNG", line, ""].join("\n");
const present = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel("Công chức đang thực hiện").id));

describe("«chúng tôi» is the office itself", () => {
  it("is left out of the words compared, and «hiện nay có» reads as «hiện có»", () => {
    expect(syllables("hiện nay chúng tôi có")).toEqual(syllables("hiện có"));
    expect(syllables("chúng tôi hiện có")).toEqual(syllables("hiện có"));
    expect(syllables("hiện nay có")).toEqual(syllables("hiện có"));
  });

  it("near-match: other words with «chúng» or «tôi» alone, and «hiện nay» without «có», are read as written", () => {
    expect(syllables("chúng ta hiện có")).toEqual(["chúng", "ta", "đang", "thực", "hiện"]);
    expect(syllables("tôi có")).toEqual(["tôi", "có"]);
    expect(syllables("hiện nay đang")).toEqual(["hiện", "nay", "đang"]);
  });

  it("binds the staff present that the office states of itself", () => {
    const text = DOC("Biên chế năm 2026 được giao 22 công chức; hiện nay chúng tôi có 20 công chức (05 thạc sĩ, 15 đại học).");
    expect(present(text)).toBe("20");
  });

  it("near-match: a number with «hiện nay» but no «có» is not read as the staff present", () => {
    const text = DOC("Biên chế năm 2026 được giao 22 công chức; hiện nay chúng tôi đề nghị bổ sung 02 công chức.");
    expect(present(text)).toBeNull();
  });
});
