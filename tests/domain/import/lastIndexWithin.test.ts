/**
 * lastIndexWithin (meaning/lastIndexWithin.ts) is `text.lastIndexOf(needle, from)` kept when the match starts at
 * `lowest` or after: the rules that look for a mark only inside a number's line, sentence or reach (candidates.ts's
 * «. », monthShare.ts's blank line, vetoText.ts's and listTotals.ts's «;») ask it instead of searching the whole text
 * before each number, which made recognition quadratic in the text's length. Same answer, read from a bounded slice.
 */
import fc from "fast-check";
import { lastIndexWithin } from "../../../src/domain/import/meaning/lastIndexWithin";

const reference = (text: string, needle: string, from: number, lowest: number) => {
  const at = text.lastIndexOf(needle, from);
  return at >= lowest ? at : -1;
};

describe("lastIndexWithin", () => {
  it("answers as lastIndexOf does, when the match starts at lowest or after", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ".", " ", ";", "\n"), maxLength: 40 }),
        fc.constantFrom(". ", ";", "\n\n", "a"),
        fc.integer({ min: -3, max: 45 }),
        fc.integer({ min: -3, max: 45 }),
        (text, needle, from, lowest) => {
          expect(lastIndexWithin(text, needle, from, lowest)).toBe(reference(text, needle, from, lowest));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("finds a mark straddling from, and one at the text's start with from before it", () => {
    expect(lastIndexWithin("ab. c", ". ", 2, 0)).toBe(2);
    expect(lastIndexWithin(". ab", ". ", -1, 0)).toBe(0);
    expect(lastIndexWithin("x;y;z", ";", 4, 2)).toBe(3);
    expect(lastIndexWithin("x;yyz", ";", 4, 2)).toBe(-1);
  });
});
