/**
 * What a number's own clause says after its noun (771, 774), with the near-misses the corpus showed:
 * - «có 17 công chức, viên chức được nâng bậc lương thường xuyên và 03 … trước thời hạn»: the seventeen rose on the
 *   regular step; «nâng lương trước thời hạn cho 03 công chức …, cùng với đó nâng lương thường xuyên cho 14 …» keeps
 *   its three (370), and a table's «Nâng lương trước thời hạn⇥Người⇥02⇥Nâng lương thường xuyên: 11 người» its two;
 * - «Giám đốc Trung tâm do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm»: one deputy holding the centre too, while
 *   «03 Phó Chánh Văn phòng, trong đó 01 … kiêm …» and «Phó Chánh Văn phòng | 03 | 01 đồng chí kiêm nhiệm …» count
 *   all three.
 */
import { concurrentHolders, regularNotEarly } from "../../../src/domain/import/meaning/qualifiedAfter";

const EARLY = "Công chức được nâng lương trước thời hạn";
const DEPUTIES = "Số Phó Chánh Văn phòng";
const after = (text: string, figure: string) => text.indexOf(figure) + figure.length;

describe("a number's own clause after it", () => {
  it("reads a regular rise as no early one", () => {
    const text = "Trong quý, có 17 công chức, viên chức được nâng bậc lương thường xuyên và 03 công chức, viên chức được nâng bậc lương trước thời hạn.";
    expect(regularNotEarly(EARLY, text, after(text, "17"))).toBe(true);
    expect(regularNotEarly(EARLY, text, after(text, "03"))).toBe(false);
  });

  it("near-miss: a joined statement or the next cell is no part of the number's clause", () => {
    const joined = "ban hành quyết định nâng lương trước thời hạn cho 03 công chức có thành tích xuất sắc, cùng với đó nâng lương thường xuyên cho 14 công chức.";
    expect(regularNotEarly(EARLY, joined, after(joined, "03"))).toBe(false);
    const row = "- Nâng lương trước thời hạn\tNgười\t02\tNâng lương thường xuyên: 11 người";
    expect(regularNotEarly(EARLY, row, after(row, "02"))).toBe(false);
  });

  it("reads a post held with another as no count of the post", () => {
    const text = "Giám đốc Trung tâm do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm; giúp việc Giám đốc có 02 Phó Giám đốc.";
    expect(concurrentHolders(DEPUTIES, text, after(text, "01"))).toBe(true);
    expect(concurrentHolders("Phó Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm", text, after(text, "01"))).toBe(false);
  });

  it("near-miss: all the deputies, with one holding another post said after a comma or in the next cell", () => {
    const prose = "Lãnh đạo Văn phòng gồm Chánh Văn phòng và 03 Phó Chánh Văn phòng, trong đó 01 đồng chí kiêm nhiệm Giám đốc Trung tâm.";
    expect(concurrentHolders(DEPUTIES, prose, after(prose, "03"))).toBe(false);
    const row = "10.2 | Phó Chánh Văn phòng | 03 | 01 đồng chí kiêm nhiệm Giám đốc Trung tâm";
    expect(concurrentHolders(DEPUTIES, row, after(row, "03"))).toBe(false);
  });
});
