import { comparisonPhrase, parsePhraseTag, phraseTag } from "../../../src/domain/comparison/phrase";
import { count, defineForm, percentOf, year } from "./form";

const FORM = defineForm([count("hs", "Hồ sơ", "A"), count("x", "X", "A"), count("y", "Y", "A"), percentOf("tl", "Tỷ lệ", "A", "x", "y"), year("n", "Năm", "A")], [], [{ id: "A", number: "1", title: "A" }]);
const dossiers = FORM.byId.get("bcdc:hs")!;
const rate = FORM.byId.get("bcdc:tl")!;

describe("comparison phrases", () => {
  it.each([
    [9650, 9780, "previous", "tăng 130 (1,35%) so với quý trước"],
    [12, 9, "lastYear", "giảm 03 (25%) so với cùng kỳ năm trước"],
    [8, 9, "previous", "tăng 01 (12,5%) so với quý trước"],
    [1000, 3000, "previous", "tăng 2.000 (200%) so với quý trước"],
    [0, 5, "previous", "tăng 05 so với quý trước"],
    [55, 55, "previous", "không thay đổi so với quý trước"],
  ] as const)("count %p → %p against %s: «%s»", (previous, current, basis, phrase) => {
    expect(comparisonPhrase(dossiers, previous, current, basis)).toBe(phrase);
  });

  it("speaks of percentage points for a percentage", () => {
    expect(comparisonPhrase(rate, 95.06, 96.31, "previous")).toBe("tăng 1,25 điểm phần trăm so với quý trước");
    expect(comparisonPhrase(rate, 97.5, 95, "lastYear")).toBe("giảm 2,5 điểm phần trăm so với cùng kỳ năm trước");
  });

  it("computes nothing from an unknown value", () => {
    expect(comparisonPhrase(dossiers, null, 5, "previous")).toBeNull();
    expect(comparisonPhrase(dossiers, 5, null, "lastYear")).toBeNull();
  });

  it("derives the tag from the field's tag and reads it back; other tags are not phrases", () => {
    expect(phraseTag("bcdc:hs", "previous")).toBe("bcdc:hs@quyTruoc");
    expect(phraseTag("bcdc:hs", "lastYear")).toBe("bcdc:hs@cungKy");
    expect(parsePhraseTag("bcdc:hs@quyTruoc")).toEqual({ field: "bcdc:hs", basis: "previous" });
    expect(parsePhraseTag("bcdc:hs@cungKy")).toEqual({ field: "bcdc:hs", basis: "lastYear" });
    expect(parsePhraseTag("bcdc:hs")).toBeNull();
    expect(parsePhraseTag("@quyTruoc")).toBeNull();
  });
});
