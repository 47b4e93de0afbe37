/**
 * Behaviours of Word the simulation must share, each with its source: a Microsoft Learn page of the Word API
 * reference or an OfficeDev/office-js issue. Where Word is undocumented the simulation offers both behaviours.
 */
import { createWordSimulation, installWordGlobals, type SimError, type SimulationOptions } from "../../../src/preview/wordSim";

installWordGlobals();

const LEARN = "https://learn.microsoft.com/en-us/javascript/api/word";
const codeOf = (promise: Promise<unknown>) => promise.then(() => "resolved", (error: SimError) => error.code);
const flat = (body: string) =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml">` +
  `<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}` +
  `</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

const twoTags = (options: SimulationOptions = {}) =>
  createWordSimulation(
    [
      { runs: ["Số cán bộ là ", { id: 1, tag: "bcdc:a", title: "A", text: "55" }, " và ", { id: 2, tag: "other:b", title: "B", text: "7" }, "."] },
      { runs: ["Hợp đồng lao động 12 người."] },
    ],
    options,
  );

describe(`ContentControlCollection.getByTag (${LEARN}/word.contentcontrolcollection#word-word-contentcontrolcollection-getbytag-member(1))`, () => {
  it("gives only the controls whose tag is the one asked for", async () => {
    const sim = twoTags();
    const tags = await sim.run(async (context) => {
      const found = context.document.contentControls.getByTag("bcdc:a").load("id,tag,text");
      const none = context.document.contentControls.getByTag("bcdc:").load("id");
      await context.sync();
      return { found: found.items.map((c) => [c.id, c.tag, c.text]), none: none.items.length };
    });
    expect(tags).toEqual({ found: [[1, "bcdc:a", "55"]], none: 0 });
  });
});

describe(`ContentControlCollection.getFirst / getFirstOrNullObject (${LEARN}/word.contentcontrolcollection)`, () => {
  it("gives the first control of a tag; an empty collection is ItemNotFound, or a null object", async () => {
    const sim = twoTags();
    const found = await sim.run(async (context) => {
      const first = context.document.contentControls.getByTag("other:b").getFirst().load("id,text");
      const none = context.document.contentControls.getByTag("none").getFirstOrNullObject().load("isNullObject");
      await context.sync();
      return [first.id, first.text, none.isNullObject];
    });
    expect(found).toEqual([2, "7", true]);
    const missing = sim.run(async (context) => {
      context.document.contentControls.getByTag("none").getFirst().load("id");
      await context.sync();
    });
    expect(await codeOf(missing)).toBe("ItemNotFound");
  });
});

describe(`RangeCollection.getFirstOrNullObject (${LEARN}/word.rangecollection#word-word-rangecollection-getfirstornullobject-member(1))`, () => {
  it("is a null object when the search finds nothing, and the first match otherwise; neither rejects the sync", async () => {
    const sim = twoTags();
    const result = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      const missing = paragraphs.items[1]!.search("không có").getFirstOrNullObject().load("isNullObject,text");
      const found = paragraphs.items[1]!.search("12").getFirstOrNullObject().load("isNullObject,text");
      await context.sync();
      return [missing.isNullObject, found.isNullObject, found.text];
    });
    expect(result).toEqual([true, false, "12"]);
  });
});

describe(`TrackedChangeCollection.getFirst (${LEARN}/word.trackedchangecollection#word-word-trackedchangecollection-getfirst-member(1))`, () => {
  it("rejects the sync with ItemNotFound when the collection is empty; getFirstOrNullObject is a null object", async () => {
    const sim = twoTags();
    const empty = sim.run(async (context) => {
      context.document.body.getTrackedChanges().getFirst().load("text");
      await context.sync();
    });
    expect(await codeOf(empty)).toBe("ItemNotFound");
    const isNull = await sim.run(async (context) => {
      const first = context.document.body.getTrackedChanges().getFirstOrNullObject().load("isNullObject");
      await context.sync();
      return first.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("gives the first change in document order when there is one", async () => {
    const sim = twoTags();
    sim.editTracked(1, 18, 20, "15");
    const first = await sim.run(async (context) => {
      const change = context.document.body.getTrackedChanges().getFirst().load("type,text");
      await context.sync();
      return [change.type, change.text];
    });
    expect(first).toEqual(["Deleted", "12"]);
  });
});

describe(`customXmlParts.add (${LEARN}/word.customxmlpartcollection, ${LEARN}/word.customxmlpart)`, () => {
  it("refuses malformed XML at sync and adds nothing", async () => {
    const sim = twoTags();
    const add = sim.run(async (context) => {
      context.document.customXmlParts.add("<r xmlns='urn:x'><a></r>");
      await context.sync();
    });
    expect(await codeOf(add)).toBe("InvalidArgument");
    expect(sim.doc.xmlParts).toEqual([]);
  });

  it("reports the root's namespace in namespaceUri whether or not the root has a prefix (Namespaces in XML 1.0 §6.2)", async () => {
    const sim = twoTags();
    const found = await sim.run(async (context) => {
      context.document.customXmlParts.add(`<s:r xmlns:s="urn:prefixed"><s:a>1</s:a></s:r>`);
      context.document.customXmlParts.add(`<r xmlns="urn:plain"/>`);
      const prefixed = context.document.customXmlParts.getByNamespace("urn:prefixed").load("namespaceUri");
      await context.sync();
      return prefixed.items.map((p) => p.namespaceUri);
    });
    expect(found).toEqual(["urn:prefixed"]);
    expect(sim.doc.xmlParts.map((p) => p.namespaceUri)).toEqual(["urn:prefixed", "urn:plain"]);
  });
});

describe("search strings (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling)", () => {
  it("rejects a search string over 255 characters with SearchStringInvalidOrTooLong; 255 is accepted", async () => {
    const search = (length: number) =>
      twoTags().run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("text");
        await context.sync();
        paragraphs.items[1]!.search("x".repeat(length)).load("text");
        await context.sync();
      });
    expect(await codeOf(search(256))).toBe("SearchStringInvalidOrTooLong");
    expect(await codeOf(search(255))).toBe("resolved");
  });

  it("applies to body.search as well, and body.search finds matches in every paragraph in order", async () => {
    const sim = twoTags();
    const tooLong = sim.run(async (context) => {
      context.document.body.search("y".repeat(256)).load("text");
      await context.sync();
    });
    expect(await codeOf(tooLong)).toBe("SearchStringInvalidOrTooLong");
    const found = await sim.run(async (context) => {
      const results = context.document.body.search("ng").load("text");
      await context.sync();
      return results.items.length;
    });
    expect(found).toBe((sim.doc.bodyText().match(/ng/g) ?? []).length);
  });

  it("does not find text broken by a tracked deletion (OfficeDev/office-js#5874)", async () => {
    const sim = createWordSimulation([{ runs: ["Hello big World"] }]);
    sim.editTracked(0, 5, 9, "");
    const counts = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      const broken = paragraphs.items[0]!.search("Hello World").load("text");
      const whole = paragraphs.items[0]!.search("Hello").load("text");
      await context.sync();
      return [broken.items.length, whole.items.length];
    });
    expect(counts).toEqual([0, 1]);
  });
});

describe("body.insertOoxml under Track Changes (OfficeDev/office-js#334, #559)", () => {
  it("records the inserted text and the inserted controls' text as tracked insertions", async () => {
    const sim = createWordSimulation([], { author: "Chuyên viên" });
    sim.doc.trackingMode = "TrackAll";
    const sdt = `<w:sdt><w:sdtPr><w:tag w:val="bcdc:a"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>55</w:t></w:r></w:sdtContent></w:sdt>`;
    await sim.run(async (context) => {
      context.document.body.insertOoxml(flat(`<w:p><w:r><w:t xml:space="preserve">Có </w:t></w:r>${sdt}</w:p>`), "Start");
      await context.sync();
    });
    expect(sim.trackedChanges().map((c) => [c.type, c.text, c.author])).toEqual([
      ["Added", "Có ", "Chuyên viên"],
      ["Added", "55", "Chuyên viên"],
    ]);
    sim.doc.trackingMode = "Off";
    await sim.run(async (context) => {
      context.document.body.getTrackedChanges().rejectAll();
      await context.sync();
    });
    expect(sim.doc.bodyText().replace(/\r/g, "")).toBe("");
  });

  it("keeps the replaced text as tracked deletions on a Replace", async () => {
    const sim = createWordSimulation([{ runs: ["Cũ"] }]);
    sim.doc.trackingMode = "TrackAll";
    await sim.run(async (context) => {
      context.document.body.insertOoxml(flat(`<w:p><w:r><w:t>Mới</w:t></w:r></w:p>`), "Replace");
      await context.sync();
    });
    expect(sim.trackedChanges().map((c) => [c.type, c.text])).toEqual([["Added", "Mới"], ["Deleted", "Cũ"]]);
  });
});

describe(`a selection of text (${LEARN}/word.document#word-word-document-getselection-member(1), ${LEARN}/word.range#word-word-range-insertcontentcontrol-member(1))`, () => {
  it("reads the selected text and wraps it in the new control", async () => {
    const sim = twoTags();
    sim.select(1, 18, 20);
    const selected = await sim.run(async (context) => {
      const selection = context.document.getSelection().load("text");
      await context.sync();
      const control = selection.insertContentControl("PlainText");
      control.tag = "bcdc:c";
      await context.sync();
      return selection.text;
    });
    expect(selected).toBe("12");
    expect(sim.controls().find((c) => c.tag === "bcdc:c")?.text).toBe("12");
    expect(sim.doc.paragraphText(1)).toBe("Hợp đồng lao động 12 người.");
  });

  it("Range.select() selects found text, as the user would", async () => {
    const sim = twoTags();
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      paragraphs.items[1]!.search("lao động").getFirst().select();
      await context.sync();
    });
    expect(sim.doc.selection()).toEqual({ paragraph: 1, start: 9, end: 17 });
  });
});

describe("Word on Mac: TrackedChange.text of a deletion is empty (OfficeDev/office-js#5178, #5188)", () => {
  it.each([
    ["PC", "55"],
    ["Mac", ""],
  ] as const)("on %s the deletion's text reads %j; the insertion's text is kept", async (platform, deleted) => {
    const sim = twoTags({ platform });
    sim.doc.trackingMode = "TrackAll";
    const texts = await sim.run(async (context) => {
      const controls = context.document.contentControls.getByTag("bcdc:a").load("id");
      await context.sync();
      controls.items[0]!.insertText("56", "Replace");
      const changes = controls.items[0]!.getTrackedChanges().load("type,text");
      await context.sync();
      return changes.items.map((c) => [c.type, c.text]);
    });
    expect(texts).toEqual([["Deleted", deleted], ["Added", "56"]]);
  });
});

describe("what a failing sync keeps: undocumented by Microsoft, so both are simulated", () => {
  const failHalfWay = (failedSync: "keepsApplied" | "undoesAll") => {
    const sim = twoTags({ failedSync });
    sim.beforeSync(2, () => sim.doc.deleteControl(2));
    const run = sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      for (const control of controls.items) control.insertText("0", "Replace");
      context.document.customXmlParts.add("<r xmlns='urn:x'/>");
      await context.sync();
    });
    return { sim, run };
  };

  it("keepsApplied: the commands before the failing one stay applied", async () => {
    const { sim, run } = failHalfWay("keepsApplied");
    expect(await codeOf(run)).toBe("ItemNotFound");
    expect(sim.controls().map((c) => c.text)).toEqual(["0"]);
    expect(sim.doc.xmlParts).toEqual([]);
  });

  it("undoesAll: the document is as it was before the sync (the user's own deletion aside)", async () => {
    const { sim, run } = failHalfWay("undoesAll");
    expect(await codeOf(run)).toBe("ItemNotFound");
    expect(sim.controls().map((c) => c.text)).toEqual(["55"]);
    expect(sim.doc.xmlParts).toEqual([]);
  });
});

describe(`ContentControl.delete(keepContent) (${LEARN}/word.contentcontrol#word-word-contentcontrol-delete-member(1))`, () => {
  it("keeps the text when asked to, and removes it otherwise", async () => {
    const sim = twoTags();
    await sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      controls.items[0]!.delete(true);
      controls.items[1]!.delete(false);
      await context.sync();
    });
    expect(sim.controls()).toEqual([]);
    expect(sim.doc.paragraphText(0)).toBe("Số cán bộ là 55 và .");
  });
});
