/**
 * «Điều động đến và bổ nhiệm 02 đồng chí: 01 Phó Chánh Văn phòng (…), 01 Phó Trưởng phòng Nội chính (…).» (held-out
 * 1354): a list after a count and its colon that adds up to it breaks that count down, as a bracket does; its «01 Phó
 * Trưởng phòng» is one of the people moved in, no second statement of the deputies appointed.
 */
import { listedCountEnd } from "../../../src/domain/import/meaning/bracketBreakdown";

const at = (text: string, part: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(part, i + 1);
  return listedCountEnd(text, i);
};

describe("a list after a count and its colon", () => {
  const moved = "- Điều động đến và bổ nhiệm 02 đồng chí: 01 Phó Chánh Văn phòng (từ Sở Y tế), 01 Phó Trưởng phòng Tổng hợp (từ Sở Tư pháp).\n";

  it("breaks the count down when its numbers add up to it", () => {
    expect(at(moved, "01 Phó Trưởng")).toBe(moved.indexOf("02") + 2);
    expect(at(moved, "01 Phó Chánh")).toBe(moved.indexOf("02") + 2);
  });

  it("is no breakdown when they do not add up, or when the colon ends a label with no count", () => {
    expect(at("- Điều động đến 03 đồng chí: 01 Phó Chánh Văn phòng, 01 chuyên viên.\n", "01 chuyên")).toBe(-1);
    expect(at("- Bổ nhiệm Phó Trưởng phòng: 01 Phòng Tổng hợp, 01 Phòng Kinh tế.\n", "01 Phòng Kinh")).toBe(-1);
  });

  it("stops at the clause's end: a later sentence's numbers are not the list's", () => {
    expect(at("Tiếp nhận 02 công chức: 01 từ Sở Y tế. Bổ nhiệm 01 Phó Trưởng phòng.\n", "01 Phó")).toBe(-1);
  });
});
