/** Addressing the n-th occurrence of a number in a paragraph by a unique stretch of words around it. */
import { addressOf, paragraphStarts, wordFindText } from "../../../src/domain/import/addresses";
import type { Occurrence } from "../../../src/domain/import/types";

function occurrence(paragraphs: string[], line: number, text: string, nth = 1): Occurrence {
  const starts = paragraphStarts(paragraphs);
  let at = -1;
  for (let i = 0; i < nth; i++) at = paragraphs[line - 1]!.indexOf(text, at + 1);
  const start = starts[line - 1]! + at;
  return { start, end: start + text.length, text, input: text, line, where: "mục I" };
}

const address = (paragraphs: string[], o: Occurrence) => addressOf(paragraphs, paragraphStarts(paragraphs), o);

describe("addressOf", () => {
  it("uses the figure alone when it occurs once in its paragraph", () => {
    const paragraphs = ["Tiêu đề", "Tiếp nhận 9.780 hồ sơ."];
    expect(address(paragraphs, occurrence(paragraphs, 2, "9.780"))).toEqual({
      ok: true,
      address: { paragraph: 1, context: "9.780", figure: "9.780" },
    });
  });

  it("reaches the n-th 01 of a paragraph by the shortest unique stretch of whole words around it", () => {
    const paragraphs = ["Tiến sỹ: 01 cán bộ; Hợp đồng: 01 người; Thạc sỹ: 01 cán bộ"];
    expect(address(paragraphs, occurrence(paragraphs, 1, "01", 2))).toEqual({ ok: true, address: { paragraph: 0, context: "đồng: 01", figure: "01" } });
    expect(address(paragraphs, occurrence(paragraphs, 1, "01", 3))).toEqual({ ok: true, address: { paragraph: 0, context: "Thạc sỹ: 01", figure: "01" } });
  });

  it("never lets the figure's first occurrence in the stretch be another one", () => {
    // "01 01" is unique but its first "01" is not the second figure: Word's inner search would take the wrong one.
    const paragraphs = ["Số: 01 01 và 01"];
    const result = address(paragraphs, occurrence(paragraphs, 1, "01", 2));
    expect(result).toEqual({ ok: true, address: { paragraph: 0, context: "01 và", figure: "01" } });
  });

  it("refuses when the wording around the figure repeats exactly", () => {
    const paragraphs = ["01 01"];
    expect(address(paragraphs, occurrence(paragraphs, 1, "01", 2))).toEqual({ ok: false, reason: "repeatedWording" });
  });

  it("reaches a figure longer than Word's search by its first and last words", () => {
    const list = Array.from({ length: 40 }, (_, i) => `xã số ${i + 1}`).join(", ");
    const paragraphs = [`Danh sách: ${list}. Hết.`];
    const result = address(paragraphs, occurrence(paragraphs, 1, list));
    expect(list.length).toBeGreaterThan(255);
    expect(result).toEqual({
      ok: true,
      address: {
        paragraph: 0,
        context: "xã số 1, xã số 2, xã số 3, xã số 4, xã số 5, xã số 6, xã số",
        figure: "xã số 1, xã số 2, xã số 3, xã số 4, xã số 5, xã số 6, xã số",
        tail: { context: "xã số 35, xã số 36, xã số 37, xã số 38, xã số 39, xã số 40", figure: "xã số 35, xã số 36, xã số 37, xã số 38, xã số 39, xã số 40" },
      },
    });
  });

  it("refuses a figure across paragraphs and Word's special caret", () => {
    const two = ["Gồm: Phòng A,", "Phòng B."];
    const across: Occurrence = { start: 5, end: 22, text: "Phòng A,\nPhòng B", input: "", line: 1, where: "" };
    expect(address(two, across)).toEqual({ ok: false, reason: "spansParagraphs" });
    const caret = ["Giá trị 5^2 và 5^2"];
    expect(address(caret, occurrence(caret, 1, "5^2"))).toEqual({ ok: true, address: { paragraph: 0, context: "5^2 và", figure: "5^2" } });
    const pageBreak = ["Tổng\f12 hồ sơ, 12 người"];
    expect(address(pageBreak, { ...occurrence(pageBreak, 1, "Tổng\f12") })).toEqual({ ok: false, reason: "specialCharacters" });
  });
});

describe("addressOf and Word's special characters", () => {
  it("does not search across a tab or a manual line break, which Word's search writes as ^t and ^l", () => {
    const paragraphs = ["Số\t01 và 01\u000bnữa 01 cuối"];
    expect(address(paragraphs, occurrence(paragraphs, 1, "01", 1))).toEqual({ ok: true, address: { paragraph: 0, context: "01 và", figure: "01" } });
    expect(address(paragraphs, occurrence(paragraphs, 1, "01", 2))).toEqual({ ok: true, address: { paragraph: 0, context: "và 01", figure: "01" } });
    expect(address(paragraphs, occurrence(paragraphs, 1, "01", 3))).toEqual({ ok: true, address: { paragraph: 0, context: "nữa 01", figure: "01" } });
  });
});

describe("addressOf in a table typed with tabs (one paragraph a row)", () => {
  const row = ["7\tĐề nghị Thủ tướng Chính phủ tặng Bằng khen\tcá nhân\t01\t01\t"];

  it("reaches the quarter's 01 across the tab beside it, where the cumulative column repeats it", () => {
    const result = address(row, occurrence(row, 1, "01", 1));
    expect(result).toEqual({ ok: true, address: { paragraph: 0, context: "01\t01", figure: "01" } });
    expect(wordFindText("01\t01")).toBe("01^t01");
  });

  it("leaves the cumulative 01 to the clerk: every stretch around it reads the quarter's 01 first", () => {
    expect(address(row, occurrence(row, 1, "01", 2))).toEqual({ ok: false, reason: "repeatedWording" });
  });

  it("counts Word's codes in the 255-character limit", () => {
    expect(wordFindText("a^b\tc")).toBe("a^^b^tc");
    const wide = [`${"\t".repeat(130)}07 hồ sơ${"\t".repeat(130)}07 người`];
    const result = address(wide, occurrence(wide, 1, "07", 1));
    expect(result.ok && wordFindText(result.address.context).length).toBeLessThanOrEqual(255);
  });
});
