/**
 * A fraction's whole written with thousands dots is a count, as its part is (numbers.ts isPartOfSymbol): «96,9%
 * (1.304/1.346 hồ sơ tiếp nhận)» — read as a symbol's number, the whole was no candidate and the part took the
 * received files' words. A clerk's sentence, not the corpus's.
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { fractionWholeSides } from "../../../src/domain/import/meaning/vetoPlace";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const kinds = (s: string) => findNumbers(s).map((t) => [t.text, t.kind]);

describe("a fraction's whole in thousands", () => {
  it("is a count, beside its part", () => {
    expect(kinds("đạt 96,9% (1.304/1.346 hồ sơ tiếp nhận)")).toEqual([["96,9%", "percent"], ["1.304", "count"], ["1.346", "count"]]);
    expect(kinds("(15.012/16.004 hồ sơ)")).toEqual([["15.012", "count"], ["16.004", "count"]]);
  });

  it("near-match: a year, a symbol's number and a whole glued to letters stay no counts", () => {
    expect(kinds("Nghị định số 59/2023/NĐ-CP")).toEqual([["59", "other"], ["2023", "other"]]);
    expect(kinds("số 12/1.346QĐ")[1]).toEqual(["1.346", "other"]);
  });

  it("in a report, the whole is the received files, the part the resolved", () => {
    const text = [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "2. Cải cách hành chính",
      "b) Bộ phận một cửa của Văn phòng",
      "Tỷ lệ giải quyết đạt 96,9% (1.304/1.346 hồ sơ tiếp nhận), trong đó trả trước hạn 762 hồ sơ, đúng hạn 542 hồ sơ; đang giải quyết 42 hồ sơ.",
      "",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("1.346");
    expect(boundValue(r.get(byLabel("Hồ sơ đã giải quyết, trả kết quả").id))).toBe("1.304");
  });
});

describe("a fraction's whole with no words of its own", () => {
  it("is not the figure the words before the fraction name, and the share after it is the part's", () => {
    const text = [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "2. Cải cách hành chính",
      "b) Bộ phận một cửa của Văn phòng",
      "Văn phòng đã giải quyết, trả kết quả: 4.561/5.650 hồ sơ (tỷ lệ 80,7%).",
      "",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ đã giải quyết, trả kết quả").id))).toBe("4.561");
    expect(boundValue(r.get(byLabel("Tỷ lệ đã giải quyết").id))).toBe("80,7");
  });
});

describe("fractionWholeSides", () => {
  it("gives a whole its own words, its unit set aside, and the part's from the clause's start", () => {
    const text = "Trung tâm đã giải quyết: 4.561/5.650 HS; tỷ lệ 96,9% (1.304/1.346 hồ sơ tiếp nhận)";
    const at = (n: string) => [text.indexOf(n), text.indexOf(n) + n.length] as const;
    expect(fractionWholeSides(text, ...at("5.650"))).toEqual({ mine: "hs", other: "Trung tâm đã giải quyết: " });
    expect(fractionWholeSides(text, ...at("1.346"))).toEqual({ mine: "tiếp nhận", other: "" });
    // Near-match: the part is no whole.
    expect(fractionWholeSides(text, ...at("4.561"))).toBeNull();
  });
});
