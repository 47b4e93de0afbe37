/**
 * A bracket of words right after a number, read one way by its three readers (bracketedWords.ts): the echo blanked
 * (spelledNumbers.ts), the words that disagree (wordsDisagree.ts), numeral words before another unit (vetoSpelled.ts).
 */
import { bracketedWordsAfter } from "../../../src/domain/import/meaning/bracketedWords";
import { withoutSpelledEchoes } from "../../../src/domain/import/meaning/spelledNumbers";
import { spelledOtherUnit } from "../../../src/domain/import/meaning/vetoSpelled";
import { wordsDisagree } from "../../../src/domain/import/meaning/wordsDisagree";

describe("a bracket of words after a number", () => {
  it("reads the words and where the bracket ends, spaces (non-breaking too) inside and before it aside", () => {
    const text = "khen thưởng 03 (\u00a0ba\u00a0) cá nhân";
    const end = text.indexOf("03") + 2;
    expect(bracketedWordsAfter(text, end)).toEqual({ words: "ba", end: text.indexOf(")") + 1 });
    expect(bracketedWordsAfter("03 (ba) cá nhân", 2)).toEqual({ words: "ba", end: 7 });
  });

  it("is no bracket of words with a digit, a sign, nothing closing it, or words farther than the number", () => {
    expect(bracketedWordsAfter("03 (02 đợt) cá nhân", 2)).toBeNull();
    expect(bracketedWordsAfter("03 (ba, bốn) cá nhân", 2)).toBeNull();
    expect(bracketedWordsAfter("03 (ba cá nhân", 2)).toBeNull();
    expect(bracketedWordsAfter("03 cá nhân (ba)", 2)).toBeNull();
  });

  it("its three readers read the same bracket: the echo blanked, another number doubted, another unit vetoed", () => {
    const echo = "03 (\u00a0ba\u00a0) cá nhân";
    expect(withoutSpelledEchoes(echo)).toBe(`03 ${" ".repeat(6)} cá nhân`);
    const other = "03 (\u00a0hai\u00a0) tập thể";
    expect(wordsDisagree(other, 0, 2)).toBe(true);
    expect(spelledOtherUnit("cá nhân", other, 2)).toBe(true);
    // The same number before the field's own unit: nothing to doubt, nothing to veto.
    expect(wordsDisagree(echo, 0, 2)).toBe(false);
    expect(spelledOtherUnit("cá nhân", echo, 2)).toBe(false);
  });
});
