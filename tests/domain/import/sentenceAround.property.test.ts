/** sentenceAround compares character codes (vetoText.ts): the same spans as the rule written with regexes. */
import fc from "fast-check";
import { sentenceAround } from "../../../src/domain/import/meaning/vetoText";

/**
 * The rule as first written: a line break, or a full stop before a space (or the end), bounds a sentence. (The first
 * version tested the next character with /\s|$/, which any character passes: every «.» ended a sentence forwards,
 * so «trong đó 17.912 hồ sơ …» ended at «17.» and «17 912» did not, and a thousands style changed what was bound.)
 */
function byRegex(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  const low = Math.max(0, start - 400);
  while (from > low && !/\n/.test(text[from - 1]!) && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  let to = end;
  const high = Math.min(text.length, end + 400);
  while (to < high && text[to] !== "\n" && !(text[to] === "." && (to + 1 === text.length || /\s/.test(text[to + 1]!)))) to++;
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

  it("runs on past a number with dot thousands, as past one with a space", () => {
    for (const sep of [".", " ", "\u00a0", ""]) {
      const text = `Giải quyết xong 9${sep}640 hồ sơ, gồm 8${sep}015 hồ sơ trả sớm và 1${sep}625 hồ sơ đúng hẹn. Còn tồn 212 hồ sơ.`;
      const s = sentenceAround(text, 16, 17);
      expect(text.slice(s.from, s.to)).toBe(`Giải quyết xong 9${sep}640 hồ sơ, gồm 8${sep}015 hồ sơ trả sớm và 1${sep}625 hồ sơ đúng hẹn`);
    }
  });
});
