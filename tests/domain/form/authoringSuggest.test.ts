import { guessKind, suggestFigure } from "../../../src/domain/form/authoring";
import { fig } from "../../../src/domain/import/patterns/build";

const paragraph = "Bộ phận một cửa Văn phòng: Tiếp nhận 9.780 hồ sơ, đã giải quyết, trả kết quả 7.766 hồ sơ, chiếm 79,41%; trả sớm hạn: 15 hồ sơ.";

describe("suggestFigure: kind, label and wording from the words around the selection", () => {
  it.each([
    ["9.780", { kind: "count", label: "Tiếp nhận hồ sơ", wording: "Văn phòng: Tiếp nhận {N} hồ sơ" }],
    ["7.766 ", { kind: "count", label: "Trả kết quả hồ sơ", wording: "quyết, trả kết quả {N} hồ sơ" }],
    ["79,41%", { kind: "percent", label: "Chiếm", wording: "{n} hồ sơ, chiếm {P}" }],
    ["15", { kind: "count", label: "Trả sớm hạn hồ sơ", wording: "trả sớm hạn: {N} hồ sơ" }],
  ])("%s", (selected, expected) => {
    const suggestion = suggestFigure(paragraph, selected);
    expect(suggestion).toEqual(expected);
    const found = [...paragraph.matchAll(fig(suggestion.wording).re)].map((m) => m.groups?.["v"]);
    expect(found).toEqual([selected.trim()]);
  });

  it("finds a figure standing alone, not the same digits inside a larger number", () => {
    const text = "Năm 2026 nhận 1.026 hồ sơ và 26 đơn thư.";
    const { wording } = suggestFigure(text, "26");
    expect(wording).toBe("{n} hồ sơ và {N} đơn thư");
    expect([...text.matchAll(fig(wording).re)].map((m) => m.groups?.["v"])).toEqual(["26"]);
  });

  it("widens the words before until the wording finds only this figure", () => {
    const text = "Xã A tiếp nhận 12 hồ sơ; xã B tiếp nhận 30 hồ sơ.";
    const suggestion = suggestFigure(text, "30");
    expect([...text.matchAll(fig(suggestion.wording).re)].map((m) => m.groups?.["v"])).toEqual(["30"]);
  });

  it("escapes the words that a pattern would read as its own", () => {
    const text = "Tổng (cả năm) là 45 [ước] người.";
    const suggestion = suggestFigure(text, "45");
    expect(suggestion.wording).toBe("Tổng \\(cả năm\\) là {N} \\[ước\\] người");
    expect([...text.matchAll(fig(suggestion.wording).re)].map((m) => m.groups?.["v"])).toEqual(["45"]);
  });
});

describe("guessKind", () => {
  it.each([
    ["95,06%", "", "percent"],
    ["03/3/2026", "", "date"],
    ["2026", "đang quản lý năm ", "year"],
    ["2026", "tiếp nhận ", "count"],
    ["9.780", "", "count"],
    ["Chiềng Sinh", "", "text"],
  ])("%s after «%s» → %s", (text, before, kind) => expect(guessKind(text, before)).toBe(kind));
});
