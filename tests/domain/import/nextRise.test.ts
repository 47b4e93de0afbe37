/**
 * «nâng lương trước thời hạn cho 07 công chức, nâng lương thường xuyên cho 23 người»: a rise stated anew after a comma
 * is another rise; its «thường xuyên» says nothing of the number before it (qualifiedAfter.regularNotEarly). Other
 * clerks' sentences than the held-out report that showed it (1402).
 */
import { regularNotEarly } from "../../../src/domain/import/meaning/qualifiedAfter";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const EARLY = "Nâng lương trước thời hạn";
const HEAD = "UBND TỈNH KON TUM\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n\nIII. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\n";
const after = (text: string, n: string) => regularNotEarly(EARLY, text, text.indexOf(n) + n.length);

describe("a regular rise stated after a comma", () => {
  it("is not the kind of the early rise before it", () => {
    expect(after("Văn phòng nâng bậc lương trước hạn cho 04 công chức, được nâng bậc lương thường xuyên 19 người.", "04")).toBe(false);
    expect(after("Nâng lương trước thời hạn 03 người, đã nâng lương thường xuyên cho 15 công chức.", "03")).toBe(false);
  });

  it("near-match: a regular rise said of the number itself still is", () => {
    expect(after("Có 17 công chức được nâng bậc lương thường xuyên.", "17")).toBe(true);
  });

  it("binds the early rises, not the regular ones", () => {
    const r = recognizeFigures(`${HEAD}Trong quý, Văn phòng nâng lương trước thời hạn cho 04 công chức có thành tích, nâng lương thường xuyên cho 19 người.`, REPORT);
    expect(shown(r.get("bcdc:cheDo.nangLuongTruocHan"))).toBe("04");
  });
});
