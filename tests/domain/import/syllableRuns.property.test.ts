/**
 * Syllables are read by character codes (meaning/letterRuns.ts), not by the regexes /[\p{L}\p{M}]+/gu (words.ts) and
 * /\p{L}+/gu (toneless.ts) they stand for: each must cut every text alike — Vietnamese with precomposed or combining marks, other scripts, letters beyond
 * the 16-bit range (a surrogate pair), lone surrogates, digits and punctuation between.
 */
import fc from "fast-check";
import { runsOf } from "../../../src/domain/import/meaning/letterRuns";
import { syllables } from "../../../src/domain/import/meaning/words";

const byRegex = (text: string) => text.match(/[\p{L}\p{M}]+/gu) ?? [];
const lettersByRegex = (text: string) => text.match(/\p{L}+/gu) ?? [];

/** Pieces a report's text is made of, and some it should never hold. */
const PIECES = [
  "hồ sơ", "Thạc sỹ", "ĐẠI HỌC", "quá hạn", "UBND", "tiếp nhận 1.234", "95,06%", "7 642", "a\u0301", "o\u0302\u0301",
  "\u00a0", "\t", "\n", "(", ")", ";", "«", "»", "–", "—", "…", "漢字", "Ωμέγα", "Ж", "ﬁ", "\u{1d400}", "\u{20000}", "😀",
  "\ud800", "\udc00", "ª", "º", "ǅ", "٣", "\u200b", "\u0300",
];

describe("syllables read by character codes", () => {
  it("cuts any text where the letters-and-marks regex does", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        expect(runsOf(text, "marks")).toEqual(byRegex(text));
        expect(runsOf(text, "letters")).toEqual(lettersByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("cuts every code unit alike, each alone between two letters", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (JSON.stringify(runsOf(text, "marks")) !== JSON.stringify(byRegex(text))) differ.push(c);
      if (JSON.stringify(runsOf(text, "letters")) !== JSON.stringify(lettersByRegex(text))) differ.push(-c);
    }
    expect(differ).toEqual([]);
  });

  it("reads a report's words as before: lower case, one spelling of i/y, abbreviations in full", () => {
    expect(syllables("Thạc sỹ: 24; UBND tỉnh, hồ\u00a0sơ")).toEqual(["thạc", "sĩ", "ủy", "ban", "nhân", "dân", "tỉnh", "hồ", "sơ"]);
    expect(syllables("Ho\u0302\u0300 so\u031b")).toEqual(["hồ", "sơ"]);
  });
});
