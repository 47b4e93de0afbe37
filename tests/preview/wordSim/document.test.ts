import { createWordSimulation, parseMarkup } from "../../../src/preview/wordSim";

describe("parseMarkup", () => {
  it("splits text and controls, titling each control through the lookup", () => {
    expect(parseMarkup("là [[bcdc:a|55]], [[bcdc:b|]] người", (tag) => `T ${tag}`)).toEqual({
      runs: ["là ", { tag: "bcdc:a", title: "T bcdc:a", text: "55" }, ", ", { tag: "bcdc:b", title: "T bcdc:b", text: "" }, " người"],
    });
    expect(parseMarkup("[[bcdc:a|1]]", () => "")).toEqual({ runs: [{ tag: "bcdc:a", title: "", text: "1" }] });
  });
});

describe("the document model", () => {
  const sim = () => createWordSimulation([{ runs: ["ab", { tag: "bcdc:x", title: "X", text: "12" }, "cd"] }, { runs: [] }]);

  it("numbers controls without ids after the highest given id", () => {
    const s = createWordSimulation([{ runs: [{ id: 7, tag: "t", title: "", text: "" }, { tag: "u", title: "", text: "" }] }]);
    expect(s.controls().map((c) => c.id)).toEqual([7, 8]);
  });

  it("clamps the cursor to the document", () => {
    const s = sim();
    s.setCursor(9, 99);
    expect(s.doc.cursor).toEqual({ paragraph: 1, offset: 0 });
    s.setCursor(0, 99);
    expect(s.doc.cursor).toEqual({ paragraph: 0, offset: 6 });
  });

  it("is inside a control only strictly between its edges", () => {
    const s = sim();
    const inside = [1, 2, 3, 4, 5].map((offset) => {
      s.setCursor(0, offset);
      return s.doc.controlAtCursor()?.tag ?? null;
    });
    expect(inside).toEqual([null, null, "bcdc:x", null, null]);
  });

  it("inserts at the start, the end and into an empty paragraph", () => {
    const s = sim();
    for (const [paragraph, offset] of [[0, 0], [0, 6], [1, 0]] as const) {
      s.setCursor(paragraph, offset);
      s.doc.insertControlAtCursor("PlainText");
    }
    expect(s.doc.paragraphs.map((runs) => runs.map((r) => r.kind))).toEqual([
      ["control", "text", "control", "text", "control"],
      ["control"],
    ]);
  });

  it("runs a beforeSync hook just before the chosen sync, and counts syncs until reset", async () => {
    const s = sim();
    const seen: number[] = [];
    s.beforeSync(2, () => seen.push(s.syncCount()));
    await s.run(async (context) => {
      await context.sync();
      await context.sync();
      await context.sync();
    });
    expect(seen).toEqual([2]);
    expect(s.syncCount()).toBe(3);
    s.resetSyncCount();
    expect(s.syncCount()).toBe(0);
  });

  it("notifies subscribers after a sync and after a direct change", async () => {
    const s = sim();
    let calls = 0;
    const stop = s.subscribe(() => (calls += 1));
    await s.run(async (context) => context.sync());
    s.setCursor(0, 1);
    stop();
    s.setCursor(0, 2);
    expect(calls).toBe(2);
  });
});
