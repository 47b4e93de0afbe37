/**
 * Footnotes copied from a PDF (meaning/footnotes.ts): a mark glued to a word or number, and a note with the page
 * number breaking a sentence, read as blank; notes that break nothing, and numbers with no note, are left as written.
 */
import { withoutFootnotes } from "../../../src/domain/import/meaning/footnotes";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const PAGE_BREAK = [
  "Biên chế năm 2025 theo quyết định giao biên chế1: công chức được giao 71, đang thực hiện",
  "1 Quyết định số 2215/QĐ-UBND ngày 30/6/2025 của UBND tỉnh về giao biên chế công chức, số",
  "lượng người làm việc năm 2025 sau sắp xếp.",
  "2",
  "66; biên chế sự nghiệp được giao 24, đang thực hiện 22.",
].join("\n");

describe("footnotes copied from a PDF", () => {
  it("reads a note and its page number inside a sentence, and the note's mark, as blank, keeping the length", () => {
    const read = withoutFootnotes(PAGE_BREAK);
    expect(read.length).toBe(PAGE_BREAK.length);
    expect(read).toMatch(/^Biên chế năm 2025 theo quyết định giao biên chế : công chức được giao 71, đang thực hiện +66; biên chế/);
    expect(read).not.toContain("2215");
  });

  it("never reads a mark into the number it is glued to: «0,64%4» is 0,64 %", () => {
    const text = "trễ hạn 167 hồ sơ, chiếm 0,64%4; đang giải quyết 1.180 hồ sơ.\n4 Tỷ lệ tính trên tổng số hồ sơ đã giải quyết.";
    const numbers = findNumbers(withoutFootnotes(text)).map((t) => t.text);
    expect(numbers.slice(0, 4)).toEqual(["167", "0,64%", "1.180", "4"]);
  });

  it("leaves numbers with no note, and a note that breaks no sentence, as written", () => {
    for (const text of [
      "Cao cấp 22; trung cấp 19 (đang học 02).",
      "giao ban 15 cuộc.\n2 Trong đó 04 công chức từ UBND các huyện.\n3\n4. Phòng, chống tham nhũng",
    ]) expect(withoutFootnotes(text)).toBe(text);
    // A note followed by no page number (a blank line) stays; its mark is still no figure.
    const text = "khen thưởng 01 tập thể2, đang thực hiện\n2 Trong đó\n\n3";
    expect(withoutFootnotes(text)).toBe(text.replace("thể2", "thể "));
  });

  it("binds the staffing figure across the note, quoted on the document's own line", () => {
    const result = recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${PAGE_BREAK}`, REPORT);
    const r = result.get("bcdc:bienChe.congChucThucHien");
    expect(r?.state).toBe("bound");
    if (r?.state === "bound") expect(r.occurrences.map((o) => [o.input, o.line])).toEqual([["66", 6]]);
  });
});
