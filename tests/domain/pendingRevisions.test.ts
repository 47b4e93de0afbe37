import { paragraphsAsReviewed, reviewedText, withReviewedTexts } from "../../src/domain/pendingRevisions";
import { landedChanges } from "../../src/domain/updatePlan";
import type { HistoryEntry } from "../../src/domain/storedReport";

const entry = (field: string, from: string, to: string): HistoryEntry => ({ field, from, to, at: "2026-03-20T08:00:00.000Z", by: "A" });

describe("reviewedText", () => {
  it("reads a tracked refresh (old deleted, new inserted) as the new value", () => {
    expect(reviewedText("5556", "56", new Set(["55"]))).toBe("56");
    expect(reviewedText("95,06%96,00%", "96,00%", new Set(["95,06%"]))).toBe("96,00%");
  });

  it("reads repeated tracked refreshes (several deletions kept) as the last value", () => {
    expect(reviewedText("555657", "57", new Set(["55", "56"]))).toBe("57");
  });

  it("keeps a hand edit that merely ends with the written value", () => {
    expect(reviewedText("156", "56", new Set(["55"]))).toBe("156");
    expect(reviewedText("5556", "56", new Set())).toBe("5556");
  });

  it("leaves the text alone when nothing was written or it already equals what was written", () => {
    expect(reviewedText("5556", undefined, new Set(["55"]))).toBe("5556");
    expect(reviewedText("56", "56", new Set(["55"]))).toBe("56");
    expect(reviewedText("55", "", new Set(["55"]))).toBe("55");
  });
});

describe("withReviewedTexts", () => {
  it("uses each field's own history and keeps other controls as they are", () => {
    const controls = [
      { id: 1, tag: "bcdc:a", text: "5556" },
      { id: 2, tag: "bcdc:b", text: "5556" },
      { id: 3, tag: "bcdc:a", text: "56" },
    ];
    const out = withReviewedTexts(controls, { "bcdc:a": "56", "bcdc:b": "56" }, [entry("bcdc:a", "55", "56")]);
    expect(out.map((c) => c.text)).toEqual(["56", "5556", "56"]);
    expect(out[2]).toBe(controls[2]);
  });
});

describe("landedChanges", () => {
  const decision = {
    texts: new Map([[1, "56"], [2, "56"], [3, "47"]]),
    written: { "bcdc:a": "56", "bcdc:b": "47" },
    changes: [
      { field: "bcdc:a", from: "55", to: "56" },
      { field: "bcdc:b", from: "46", to: "47" },
    ],
    conflicts: [],
    restyles: [],
    blocked: [],
    waiting: [],
  };
  const planned = [
    { id: 1, tag: "bcdc:a", text: "55" },
    { id: 2, tag: "bcdc:a", text: "55" },
    { id: 3, tag: "bcdc:b", text: "46" },
  ];

  it("keeps a change only when every control it was planned for shows it (plainly or as a tracked refresh)", () => {
    const after = [
      { id: 1, tag: "bcdc:a", text: "56" },
      { id: 2, tag: "bcdc:a", text: "5556" },
      { id: 3, tag: "bcdc:b", text: "46" },
    ];
    expect(landedChanges(decision, planned, after).map((c) => c.field)).toEqual(["bcdc:a"]);
  });

  it("drops a change whose control disappeared", () => {
    const after = [
      { id: 1, tag: "bcdc:a", text: "56" },
      { id: 3, tag: "bcdc:b", text: "47" },
    ];
    expect(landedChanges(decision, planned, after).map((c) => c.field)).toEqual(["bcdc:b"]);
  });
});

describe("paragraphsAsReviewed (walk50: «104 + 33 + 1920» in a table's check)", () => {
  it("reads each pending control as its reviewed text where the paragraphs show it, once, in order", () => {
    const paragraphs = ["Cộng\t104\t33\t1920\t156", "Có mặt 1920 người (ghi chú)", "Tỷ lệ 95,0695,10%"];
    const controls = [{ text: "1920" }, { text: "95,0695,10%" }];
    const reviewed = [{ text: "20" }, { text: "95,10%" }];
    expect(paragraphsAsReviewed(paragraphs, controls, reviewed)).toEqual(["Cộng\t104\t33\t20\t156", "Có mặt 1920 người (ghi chú)", "Tỷ lệ 95,10%"]);
  });
  it("leaves the paragraphs as they are when no control has a pending change", () => {
    const paragraphs = ["Tiếp nhận 9.780 hồ sơ"];
    expect(paragraphsAsReviewed(paragraphs, [{ text: "9.780" }], [{ text: "9.780" }])).toEqual(paragraphs);
  });
});
