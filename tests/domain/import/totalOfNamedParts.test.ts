/**
 * A total announced after a list of counts each naming its kind is the whole of them, no one kind's figure
 * (totalOfNamedParts.ts): «47 cao cấp, 40 trung cấp, 04 cử nhân, tổng cộng 93 đồng chí» — 93 is not the «trung cấp»
 * figure, whether or not the parts add up to it. A clerk's sentences, not the corpus's.
 */
import { labelNamesPart, partKindsBeforeTotal } from "../../../src/domain/import/meaning/totalOfNamedParts";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const kinds = (sentence: string, n: string) => partKindsBeforeTotal(sentence, sentence.lastIndexOf(n), sentence.lastIndexOf(n) + n.length);

describe("partKindsBeforeTotal", () => {
  it("the parts' kinds before «tổng cộng», «tổng số», count first or kind first", () => {
    expect(kinds("Lý luận chính trị: 47 cao cấp, 40 trung cấp, 04 cử nhân, tổng cộng 93 đồng chí", "93")).toEqual([["cử", "nhân"], ["trung", "cấp"], ["cao", "cấp"]]);
    expect(kinds("Trình độ: thạc sĩ 12, đại học 30; tổng số 42 người", "42")).toEqual([["đại", "học"], ["thạc", "sĩ"]]);
  });
  it("near-match: no total's lead-in, a single part, parts with no kind of their own", () => {
    expect(kinds("Lý luận chính trị: 47 cao cấp, 40 trung cấp, 04 cử nhân", "04")).toBeNull();
    expect(kinds("có 40 trung cấp, tổng cộng 93 đồng chí", "93")).toBeNull();
    expect(kinds("tháng 1: 4, 5, 3, tổng cộng 12 cuộc", "12")).toBeNull();
  });
  it("a label naming one part's kind, of two syllables at least", () => {
    const parts = [["trung", "cấp"], ["cao", "cấp"]];
    expect(labelNamesPart("Trung cấp lý luận chính trị - hành chính", parts)).toBe(true);
    expect(labelNamesPart("Tổng số công chức", parts)).toBe(false);
  });
});

it("the part's own count binds, not the total after the list", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    "Lý luận chính trị: 47 cao cấp, 40 trung cấp, 04 cử nhân, tổng cộng 93 đồng chí; 07 đồng chí đang học cao cấp lý luận chính trị.",
  ].join("\n");
  const bound = boundByLabel(text, REPORT);
  expect([bound("Cao cấp lý luận chính trị"), bound("Trung cấp lý luận chính trị - hành chính"), bound("Cử nhân chính trị")]).toEqual(["47", "40", "04"]);
});
