/** A number's facts read once for every figure (src/domain/import/meaning/vetoFacts.ts): the helpers' own answers. */
import { isBrokenNumber } from "../../../src/domain/import/meaning/brokenNumber";
import { readRivalWords, rivalries, rivalVeto } from "../../../src/domain/import/meaning/vetoRival";
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { unnamedPart, wordsAround } from "../../../src/domain/import/meaning/partWords";
import { spanFacts } from "../../../src/domain/import/meaning/vetoFacts";
import { comparisonAt, isApproximate, sentenceAround } from "../../../src/domain/import/meaning/vetoText";
import { REPORT } from "../../support/forms";

const TEXT =
  "BÁO CÁO\nCông tác quý I năm 2026\n" +
  "1. Tiếp nhận hồ sơ\nTrong quý, tiếp nhận khoảng 120 hồ sơ; đã giải quyết 95 hồ sơ, tăng 12 hồ sơ so với quý trước. " +
  "Lũy kế 9 tháng tiếp nhận 300 hồ sơ (quý IV: 73 hồ sơ).\n" +
  "Chỉ tiêu\tQuý I\tCùng kỳ\nHồ sơ\t95\t88\n";
const source = { text: TEXT, period: readPeriodScope(TEXT, "quarter"), year: 2026 };
/** The first place the whole number `figure` is written. */
const span = (figure: string) => {
  const start = new RegExp(`(?<!\\d)${figure}(?!\\d)`).exec(TEXT)!.index;
  return { start, end: start + figure.length };
};
const FIGURES = ["120", "95", "12", "300", "73", "88"];

describe("spanFacts", () => {
  it("gives one object per span of a document, another for another document", () => {
    expect(spanFacts(source, span("95"))).toBe(spanFacts(source, span("95")));
    expect(spanFacts(source, span("95"))).not.toBe(spanFacts(source, span("120")));
    expect(spanFacts({ ...source }, span("95"))).not.toBe(spanFacts(source, span("95")));
  });

  it.each(FIGURES)("reads %s as the helpers do", (figure) => {
    const { start, end } = span(figure);
    const at = spanFacts(source, { start, end });
    expect(at.sentence).toEqual(sentenceAround(TEXT, start, end));
    expect(at.approximate).toBe(isApproximate(TEXT, start, end));
    expect(at.broken).toBe(isBrokenNumber(TEXT, start, end));
    expect(at.otherPeriod).toBe(isOtherPeriod(TEXT, start, end, source.period));
    expect(at.comparison).toBe(comparisonAt(TEXT, start, end, 2026));
  });

  it("tells the figures apart as the vetoes need", () => {
    expect(spanFacts(source, span("120")).approximate).toBe(true);
    expect(spanFacts(source, span("12")).comparison).toBe("change");
    expect(spanFacts(source, span("73")).comparison).toBe("earlier");
    expect(spanFacts(source, span("300")).otherPeriod).toBe(true);
    expect(spanFacts(source, span("95")).otherPeriod).toBe(false);
    expect(spanFacts(source, span("88")).otherPeriodCell).toBe(true);
    expect(spanFacts(source, span("88")).header).toBe("Cùng kỳ");
    expect(spanFacts(source, span("95")).header).toBeNull();
  });

  it("computes a named fact once", () => {
    const at = spanFacts({ ...source }, span("95"));
    let calls = 0;
    const count = () => ++calls;
    expect([at.once("k", count), at.once("k", count), at.once("other", count)]).toEqual([1, 1, 2]);
  });
});

describe("words read once and passed on", () => {
  it("unnamedPart and rivalVeto answer the same with the words read beforehand", () => {
    const { start, end } = span("95");
    const parts = [["giải", "quyết"], ["trễ"]];
    expect(unnamedPart(TEXT, start, end, parts, wordsAround(TEXT, start, end))).toBe(unnamedPart(TEXT, start, end, parts));
    expect(unnamedPart(TEXT, start, end, [["giải"]])).toBe(false);
    expect(unnamedPart(TEXT, start, end, [["trễ"]])).toBe(true);
    const sentence = "Bằng khen cho 05 cá nhân phục vụ hoạt động của HĐND tỉnh";
    for (const r of rivalries(REPORT).values()) {
      for (const strict of [false, true]) {
        expect(rivalVeto(r, sentence, "05 cá nhân phục vụ hoạt động của HĐND tỉnh", undefined, strict, readRivalWords(sentence, "05 cá nhân phục vụ hoạt động của HĐND tỉnh"))).toBe(
          rivalVeto(r, sentence, "05 cá nhân phục vụ hoạt động của HĐND tỉnh", undefined, strict),
        );
      }
    }
  });
});
