/** sentenceAround compares character codes (vetoText.ts): the same spans as the rule written with regexes. */
import fc from "fast-check";
import { sentenceAround } from "../../../src/domain/import/meaning/vetoText";

/** The rule as first written: a line break, or a full stop before a space (or the end), bounds a sentence. */
function byRegex(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  const low = Math.max(0, start - 400);
  while (from > low && !/\n/.test(text[from - 1]!) && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  let to = end;
  const high = Math.min(text.length, end + 400);
  while (to < high && text[to] !== "\n" && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
  return { from, to };
}

const piece = fc.constantFrom("a", "ố", "1", " ", "\u00a0", "\t", ".", "\n", ";", "(", ")", "12.500", "hồ sơ", "x".repeat(180), "\u2003");

describe("sentenceAround", () => {
  it("gives the spans the regex rule gives, window edges included", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(8), (pieces, at, length) => {
        const text = pieces.join("");
        const start = at % text.length;
        const end = Math.min(text.length, start + length);
        expect(sentenceAround(text, start, end)).toEqual(byRegex(text, start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it("stops at a full stop before a space, not at one inside a number", () => {
    const text = "Năm trước 9.500 hồ sơ. Quý này tiếp nhận 12.500 hồ sơ.";
    const at = text.indexOf("12.500");
    const s = sentenceAround(text, at, at + 6);
    // The space after the stop opens the sentence.
    expect(text.slice(s.from, s.to)).toBe(" Quý này tiếp nhận 12.500 hồ sơ");
  });
});
