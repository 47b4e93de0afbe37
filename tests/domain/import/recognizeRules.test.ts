import { recognizeFigures } from "../../../src/domain/import/recognize";
import { fig } from "../../../src/domain/import/patterns";
import { patternTable as table, tinyReport } from "../../support/forms";

/** The binding rules on small texts: never guess between disagreeing candidates. */
describe("recognizeFigures rules", () => {
  const report = tinyReport([
    { id: "a", label: "A", kind: "count", section: "I" },
    { id: "b", label: "B", kind: "count", section: "I" },
    { id: "l", label: "L", kind: "list", section: "I" },
  ]);

  it("is notFound when the wording is absent", () => {
    const patterns = table({ a: [fig("có {N} người")] });
    expect(recognizeFigures("I. Mục\nKhông nói gì.", report, patterns).get("bcdc:a")).toEqual({ state: "notFound" });
  });

  it("is ambiguous when one section gives two different values for the same wording", () => {
    const patterns = table({ a: [fig("có {N} người")] });
    const r = recognizeFigures("I. Mục\nPhòng A có 05 người, phòng B có 07 người.", report, patterns).get("bcdc:a");
    expect(r?.state).toBe("ambiguous");
    expect(r?.state === "ambiguous" && r.candidates.map((c) => c.text)).toEqual(["05", "07"]);
  });

  it("binds a figure repeated in two sections even when the values differ (checkDocument reports that)", () => {
    const patterns = table({ a: [fig("có {N} người")] });
    const r = recognizeFigures("I. Một\nCó 05 người.\nII. Hai\nCó 06 người.", report, patterns).get("bcdc:a");
    expect(r?.state === "bound" && r.occurrences.map((o) => [o.text, o.where])).toEqual([["05", "mục I"], ["06", "mục II"]]);
  });

  it("trusts neither of two fields whose patterns claim the same characters", () => {
    const patterns = table({ a: [fig("có {N} người")], b: [fig("{N} người")] });
    const result = recognizeFigures("Có 05 người.", report, patterns);
    expect([result.get("bcdc:a")?.state, result.get("bcdc:b")?.state]).toEqual(["ambiguous", "ambiguous"]);
  });

  it("reads thousands, zero words and lists split across paragraphs", () => {
    const patterns = table({ a: [fig("nhận {N} hồ sơ")], b: [fig("tiếp nhận: {Z}")], l: [fig(String.raw`gồm: {L}\.`, "semicolons")] });
    const text = "Đã nhận 9.780 hồ sơ. Tiếp nhận: Không có. Gồm: Phòng A; Phòng\n\nB.";
    const result = recognizeFigures(text, report, patterns);
    const first = (id: string) => {
      const r = result.get(`bcdc:${id}`);
      return r?.state === "bound" ? r.occurrences[0]!.input : r?.state;
    };
    expect([first("a"), first("b"), first("l")]).toEqual(["9.780", "Không có", "Phòng A\nPhòng B"]);
  });

  it("refuses a pattern without exactly one figure", () => {
    expect(() => fig("có {N} và {N}")).toThrow("exactly one figure");
    expect(() => fig("không có số")).toThrow("exactly one figure");
  });
});
