/** body.paragraphs, search, getFirst and insertContentControl on a found range, with Word's batching rules. */
import { createWordSimulation, installWordGlobals, SimError } from "../../../src/preview/wordSim";

installWordGlobals();

const doc = () =>
  createWordSimulation([
    { runs: ["Tiến sỹ: 01 cán bộ; Thạc sỹ: 27; Đại học: 42."] },
    { runs: ["Hợp đồng ", { id: 7, tag: "bcdc:x", title: "X", text: "08" }, ", hợp đồng 08 nữa."] },
  ]);

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as SimError).code;
  }
  return "resolved";
};

describe("body.paragraphs", () => {
  it("gives each paragraph's text, control text included, only after the sync that loads it", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["Tiến sỹ: 01 cán bộ; Thạc sỹ: 27; Đại học: 42.", "Hợp đồng 08, hợp đồng 08 nữa."]);
    });
    expect(sim.syncCount()).toBe(1);
  });

  it("refuses a property it does not simulate", async () => {
    const sim = doc();
    const run = sim.run(async (context) => {
      context.document.body.paragraphs.load("style");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("InvalidArgument");
  });
});

describe("search", () => {
  it("finds non-overlapping matches, case-insensitive unless matchCase, across a control's edge", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const loose = paragraphs.items[1]!.search("hợp đồng 08");
      const exact = paragraphs.items[1]!.search("hợp đồng 08", { matchCase: true });
      loose.load("text");
      exact.load("text");
      await context.sync();
      expect(loose.items.map((r) => r.text)).toEqual(["Hợp đồng 08", "hợp đồng 08"]);
      expect(exact.items.map((r) => r.text)).toEqual(["hợp đồng 08"]);
    });
  });

  it("reads ^t as a tab and ^^ as a caret, as Word's special characters", async () => {
    const sim = createWordSimulation([{ runs: ["Cá nhân\t01\t01 (5^2)"] }]);
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const tab = paragraphs.items[0]!.search("01^t01", { matchCase: true });
      const caret = paragraphs.items[0]!.search("5^^2", { matchCase: true });
      tab.load("text");
      caret.load("text");
      await context.sync();
      expect([tab.items.map((r) => r.text), caret.items.map((r) => r.text)]).toEqual([["01\t01"], ["5^2"]]);
    });
  });

  it("rejects the sync for a search that is not simulated", async () => {
    for (const [text, options] of [["a^pb", {}], ["01", { matchWildcards: true }]] as const) {
      const sim = doc();
      const run = sim.run(async (context) => {
        context.document.body.paragraphs.load("text");
        await context.sync();
        context.document.body.paragraphs.items[0]!.search(text, options).load("text");
        await context.sync();
      });
      expect(await codeOf(run)).toBe("InvalidArgument");
    }
  });
});

describe("getFirst and insertContentControl on a found range", () => {
  it("wraps the figure inside a found stretch without a sync in between, keeping the text", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const figure = paragraphs.items[0]!.search("27; Đại", { matchCase: true }).getFirst().search("27", { matchCase: true }).getFirst();
      const control = figure.insertContentControl("PlainText");
      control.tag = "bcdc:trinhDo.thacSi";
      control.title = "Thạc sĩ";
      control.load("id,text");
      await context.sync();
      expect(control.text).toBe("27");
    });
    expect(sim.controls().find((c) => c.tag === "bcdc:trinhDo.thacSi")).toMatchObject({ title: "Thạc sĩ", text: "27" });
    expect(sim.doc.paragraphText(0)).toBe("Tiến sỹ: 01 cán bộ; Thạc sỹ: 27; Đại học: 42.");
    expect(sim.doc.paragraphs[0]!.map((r) => (r.kind === "text" ? r.text : `[${r.control.tag}]`))).toEqual([
      "Tiến sỹ: 01 cán bộ; Thạc sỹ: ",
      "[bcdc:trinhDo.thacSi]",
      "; Đại học: 42.",
    ]);
  });

  it("rejects the sync with ItemNotFound when getFirst finds nothing; commands before it stay applied", async () => {
    const sim = doc();
    const run = sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      paragraphs.items[0]!.search("01", { matchCase: true }).getFirst().insertContentControl("PlainText").tag = "bcdc:a";
      paragraphs.items[0]!.search("99", { matchCase: true }).getFirst().insertContentControl("PlainText").tag = "bcdc:b";
      await context.sync();
    });
    expect(await codeOf(run)).toBe("ItemNotFound");
    expect(sim.controls().map((c) => [c.tag, c.text])).toEqual([["bcdc:a", "01"], ["bcdc:x", "08"]]);
  });

  it("refuses to wrap text overlapping a control, and needs WordApi 1.3 for getFirst", async () => {
    const sim = doc();
    const nested = sim.run(async (context) => {
      context.document.body.paragraphs.load("text");
      await context.sync();
      context.document.body.paragraphs.items[1]!.search("đồng 08,", { matchCase: true }).getFirst().insertContentControl();
      await context.sync();
    });
    expect(await codeOf(nested)).toBe("GeneralException");
    sim.setMaxApi("1.2");
    const old = sim.run(async (context) => {
      context.document.body.paragraphs.load("text");
      await context.sync();
      context.document.body.paragraphs.items[0]!.search("01").getFirst().load("text");
      await context.sync();
    });
    expect(await codeOf(old)).toBe("ApiNotFound");
  });

  it("keeps a range found before an earlier wrap in the same paragraph on its text", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const later = paragraphs.items[0]!.search("42", { matchCase: true });
      later.load("text");
      await context.sync();
      paragraphs.items[0]!.search("01", { matchCase: true }).getFirst().insertContentControl("PlainText").tag = "bcdc:a";
      later.items[0]!.insertContentControl("PlainText").tag = "bcdc:b";
      await context.sync();
    });
    expect(sim.controls().map((c) => [c.tag, c.text])).toEqual([["bcdc:a", "01"], ["bcdc:b", "42"], ["bcdc:x", "08"]]);
  });
});

describe("Range.expandTo", () => {
  it("joins two found ranges of a paragraph into one that a control can wrap (WordApi 1.3)", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      const paragraph = context.document.body.paragraphs;
      paragraph.load("text");
      await context.sync();
      const p = paragraph.items[0]!;
      const whole = p.search("Thạc", { matchCase: true }).getFirst().expandTo(p.search("42", { matchCase: true }).getFirst());
      whole.insertContentControl("PlainText").tag = "bcdc:list";
      await context.sync();
    });
    expect(sim.controls()[0]).toMatchObject({ tag: "bcdc:list", text: "Thạc sỹ: 27; Đại học: 42" });
  });
});
