/** The pure half of recognition's second sync: which of Word's matches is the figure, and whether it is safe to wrap. */
import { blockAt, figureMatch, occurrences } from "../../src/office/figureSpans";

const m = (...texts: string[]) => texts.map((text, i) => ({ text, i }));

describe("figureMatch", () => {
  const paragraph = "Đồng chí: 01, Thạc sỹ: 01, cử nhân 2001.";

  it("takes Word's n-th match of the figure when the counts agree", () => {
    // "01" occurs three times (the last inside 2001); the figure is the second.
    expect(occurrences(paragraph, "01")).toEqual([10, 23, 37]);
    const found = figureMatch(paragraph, "sỹ: 01", "01", m("sỹ: 01"), m("01", "01", "01"));
    expect(found).toEqual({ range: { text: "01", i: 1 }, start: 23, end: 25 });
  });

  it("refuses when Word finds another number of matches, or the context not exactly once", () => {
    expect(figureMatch(paragraph, "sỹ: 01", "01", m("sỹ: 01"), m("01", "01"))).toBeNull();
    expect(figureMatch(paragraph, "sỹ: 01", "01", m(), m("01", "01", "01"))).toBeNull();
    expect(figureMatch(paragraph, "01", "01", m("01", "01", "01"), m("01", "01", "01"))).toBeNull();
  });
});

describe("blockAt", () => {
  const paragraph = "Tiếp nhận 9.780 hồ sơ, giải quyết 7.766 hồ sơ.";
  const free = { inControl: false, controlTexts: [], changeTexts: [] };

  it("lets a figure in plain text through", () => {
    expect(blockAt(free, 10, 15, paragraph)).toBeNull();
    expect(blockAt({ ...free, controlTexts: ["7.766"] }, 10, 15, paragraph)).toBeNull();
  });

  it("stops a figure a control's or a change's text could cover, and any figure of a paragraph inside a control", () => {
    expect(blockAt({ ...free, controlTexts: ["9.780 hồ"] }, 10, 15, paragraph)).toBe("insideControl");
    expect(blockAt({ ...free, inControl: true }, 10, 15, paragraph)).toBe("insideControl");
    expect(blockAt({ ...free, changeTexts: ["780"] }, 10, 15, paragraph)).toBe("trackedChange");
    // Word for Mac gives "" as a deletion's text: nothing can be ruled out in that paragraph.
    expect(blockAt({ ...free, changeTexts: [""] }, 10, 15, paragraph)).toBe("trackedChange");
  });
});
